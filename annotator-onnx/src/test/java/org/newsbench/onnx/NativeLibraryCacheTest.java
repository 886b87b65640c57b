package org.newsbench.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Where the native libraries go; the build points the cache at target/native-cache (see the module's pom). */
class NativeLibraryCacheTest {

    @Test
    void theFolderComesFromThePropertyThenTheVariableThenTheUsersCacheFolder() {
        assertThat(NativeLibraryCache.cacheFolder("/p", Map.of("NEWSBENCH_ONNX_CACHE_DIR", "/v")))
                .isEqualTo(Path.of("/p"));
        assertThat(NativeLibraryCache.cacheFolder(null, Map.of("NEWSBENCH_ONNX_CACHE_DIR", "/v",
                "XDG_CACHE_HOME", "/x"))).isEqualTo(Path.of("/v"));
        assertThat(NativeLibraryCache.cacheFolder(null, Map.of("XDG_CACHE_HOME", "/x")))
                .isEqualTo(Path.of("/x/newsbench/onnx"));
        assertThat(NativeLibraryCache.cacheFolder(" ", Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "newsbench", "onnx"));
    }

    @Test
    void namesPlatformsAsOnnxRuntimesJarDoes() {
        assertThat(NativeLibraryCache.onnxRuntimePlatform("Linux", "amd64")).contains("linux-x64");
        assertThat(NativeLibraryCache.onnxRuntimePlatform("Mac OS X", "aarch64")).contains("osx-aarch64");
        assertThat(NativeLibraryCache.onnxRuntimePlatform("Windows 11", "x86_64")).contains("win-x64");
        assertThat(NativeLibraryCache.onnxRuntimePlatform("Linux", "ppc64le")).isEmpty();
    }

    @Test
    void onnxRuntimeAndTheTokenizerLoadTheirLibrariesFromTheCacheFolder() throws Exception {
        Path cache = NativeLibraryCache.prepare();
        try (SentenceEmbeddings embeddings = SentenceEmbeddings.load(MiniLmEncoder.QUANTIZED)) {
            embeddings.embed("Mali cut ties with Ukraine.");
        }

        assertThat(cache).isEqualTo(Path.of(System.getProperty(NativeLibraryCache.CACHE_DIR_PROPERTY))
                .toAbsolutePath());
        Path onnxRuntime = Path.of(System.getProperty("onnxruntime.native.path"));
        assertThat(onnxRuntime).startsWith(cache);
        assertThat(onnxRuntime.resolve(System.mapLibraryName("onnxruntime4j_jni"))).isRegularFile();
        assertThat(onnxRuntime.resolve(System.mapLibraryName("onnxruntime"))).isRegularFile();
        try (var files = Files.walk(cache.resolve("djl"))) {
            assertThat(files.map(Path::getFileName).map(Path::toString))
                    .contains(System.mapLibraryName("tokenizers"));
        }
        assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    }
}
