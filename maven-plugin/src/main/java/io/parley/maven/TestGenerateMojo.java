package io.parley.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates code from the Thrift IDL in {@code src/test/thrift} and adds the Java output to the
 * project's test compile sources. Skipped with {@code -Dmaven.test.skip=true}.
 */
@Mojo(name = "test-generate", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class TestGenerateMojo extends AbstractParleyMojo {
  /** The directory holding the test IDL files to compile. */
  @Parameter(property = "parley.testSourceDirectory", defaultValue = "${project.basedir}/src/test/thrift", required = true)
  private File sourceDirectory;

  /** Where Java is generated; added to the test compile source roots. */
  @Parameter(property = "parley.testOutputDirectory",
      defaultValue = "${project.build.directory}/generated-test-sources/parley", required = true)
  private File outputDirectory;

  /** Where Python is generated when {@code python} is among the languages. */
  @Parameter(property = "parley.testPythonOutputDirectory",
      defaultValue = "${project.build.directory}/generated-test-sources/parley-python", required = true)
  private File pythonOutputDirectory;

  @Parameter(property = "maven.test.skip", defaultValue = "false", readonly = true)
  private boolean mavenTestSkip;

  @Override
  protected File sourceDirectory() {
    return sourceDirectory;
  }

  @Override
  protected File outputDirectory() {
    return outputDirectory;
  }

  @Override
  protected File pythonOutputDirectory() {
    return pythonOutputDirectory;
  }

  @Override
  protected boolean skipped() {
    return mavenTestSkip;
  }

  @Override
  protected boolean inScope(String scope) {
    return true;
  }

  @Override
  protected void addSourceRoot(String directory) {
    project.addTestCompileSourceRoot(directory);
  }

  @Override
  protected List<Resource> resources() {
    return project.getTestResources();
  }

  @Override
  protected void addResource(Resource resource) {
    project.addTestResource(resource);
  }
}
