#!/usr/bin/env python3
"""A newsbench external backend in plain Python (standard library only): the template to copy.

Protocol (README, "Plug in a backend written in any language"): one JSON request per line on stdin, one JSON
response per line on stdout, in order. Anything for humans goes to stderr, never to stdout.

  entities  every whole-word occurrence of a dictionary name, longest first, no overlaps
  stance    AGAINST when the sentence names the target (one of its aliases) and has a negative cue word,
            FAVOR with a positive cue, NONE otherwise
  fit       (declared trainable=true) the dictionary becomes the training documents' gold mentions

Offsets are Python string indexes, i.e. Unicode code points: the protocol's default (offsets=codepoint).

Usage: dictionary_tagger.py [--dictionary FILE]    FILE: one "name<TAB>TYPE" a line (UTF-8)
"""
import json
import re
import sys

AGAINST_CUES = {"accuse", "accused", "accuses", "blame", "blamed", "blames", "condemn", "condemned", "condemns",
                "criticise", "criticised", "criticize", "criticized", "attack", "attacked", "sanction", "sanctions"}
FAVOR_CUES = {"praise", "praised", "praises", "support", "supported", "supports", "welcome", "welcomed",
              "welcomes", "defend", "defended", "defends", "ally", "allies"}


class DictionaryTagger:
    def __init__(self, dictionary):
        self.dictionary = dict(dictionary)

    def entities(self, text):
        taken = [False] * len(text)
        found = []
        for name in sorted(self.dictionary, key=len, reverse=True):
            for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                start, end = match.span()
                if not any(taken[start:end]):
                    taken[start:end] = [True] * (end - start)
                    found.append({"start": start, "end": end, "type": self.dictionary[name]})
        return sorted(found, key=lambda entity: (entity["start"], entity["end"]))

    @staticmethod
    def stance(text, question):
        sentence = text[question["start"]:question["end"]]
        words = set(re.findall(r"\w+", sentence.lower()))
        label = "NONE"
        if any(alias in sentence for alias in question.get("aliases", [])):
            if words & AGAINST_CUES:
                label = "AGAINST"
            elif words & FAVOR_CUES:
                label = "FAVOR"
        return {"start": question["start"], "end": question["end"], "target": question["target"], "stance": label}

    def fit(self, documents):
        self.dictionary = {}
        for document in documents:
            for entity in document["entities"]:
                self.dictionary[document["text"][entity["start"]:entity["end"]]] = entity["type"]

    def answer(self, request):
        if request.get("op") == "fit":
            self.fit(request["documents"])
            print("fitted on %d documents, %d names" % (len(request["documents"]), len(self.dictionary)),
                  file=sys.stderr)
            return {"op": "fit", "ok": True}
        response = {"id": request["id"]}
        if "entities" in request["tasks"]:
            response["entities"] = self.entities(request["text"])
        if "stance" in request["tasks"]:
            response["stance"] = [self.stance(request["text"], question) for question in request["stance"]]
        return response


def read_dictionary(path):
    dictionary = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip() and not line.startswith("#"):
                name, separator, entity_type = line.rstrip("\n").partition("\t")
                if not separator or not name or not entity_type:
                    sys.exit("%s:%d: expected name<TAB>TYPE" % (path, number))
                dictionary[name] = entity_type
    return dictionary


def main(arguments):
    dictionary = read_dictionary(arguments[1]) if arguments[:1] == ["--dictionary"] else {}
    tagger = DictionaryTagger(dictionary)
    sys.stdin.reconfigure(encoding="utf-8")
    sys.stdout.reconfigure(encoding="utf-8")
    for line in sys.stdin:
        request = json.loads(line)
        try:
            response = tagger.answer(request)
        except Exception as error:  # one bad document must not end the backend: report it and go on
            response = {"id": request.get("id"), "error": "%s: %s" % (type(error).__name__, error)}
        # ensure_ascii (the default) keeps the output ASCII, flush so the evaluation is not left waiting
        print(json.dumps(response), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
