package org.newsbench.evaluation.run;

/**
 * A provider whose annotators bound each document themselves, with a recovery the runner cannot do from outside (an
 * external backend's {@code timeout-seconds}: its process killed and restarted). The runner sets no
 * {@link DocumentTimeLimit} around them: interrupting one mid-exchange could leave a late answer in its pipe.
 */
public interface TimesItsOwnDocuments {
}
