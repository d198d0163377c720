package io.parley.compiler.gen;

import io.parley.compiler.gen.java.JavaGenerator;
import io.parley.compiler.gen.python.PythonGenerator;
import io.parley.compiler.testing.Driver;
import io.parley.compiler.testing.PythonPeer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java and Python code generated from one IDL talk to each other over loopback sockets, each
 * language as client and as server, sync and asyncio, in every protocol and framing; a declared
 * exception thrown in one language is raised in the other as its generated type.
 * See {@code e2e/CrossLanguageDriver.java}, {@code e2e/py_client.py} and {@code e2e/py_server.py}.
 */
class CrossLanguageTest {
  static final Path DIR = Path.of("src/test/resources/e2e");

  @TempDir
  Path temp;

  @Test
  void javaAndPythonInBothDirections() throws Exception {
    String python = PythonPeer.require();
    List<Path> idl = List.of(DIR.resolve("calculator.thrift"));
    Path generatedPython = temp.resolve("python");
    io.parley.compiler.Compilation compilation = new io.parley.compiler.Compiler(List.of(), false).compile(idl);
    new OutputWriter(generatedPython).write(new PythonGenerator().generate(compilation.schema().orElseThrow(),
        new io.parley.compiler.diag.Diagnostics()));
    Path support = Files.createDirectories(temp.resolve("support"));
    Files.copy(DIR.resolve("EndToEndDriver.java"), support.resolve("EndToEndDriver.java"));
    System.setProperty("parley.python", python);
    System.setProperty("parley.pythonpath", generatedPython + File.pathSeparator + PythonPeer.RUNTIME);
    System.setProperty("parley.scripts", DIR.toAbsolutePath().toString());
    Driver.run(DIR.resolve("CrossLanguageDriver.java"),
        new JavaGenerator().generate(compilation.schema().orElseThrow(), new io.parley.compiler.diag.Diagnostics()),
        List.of(support), temp);
  }
}
