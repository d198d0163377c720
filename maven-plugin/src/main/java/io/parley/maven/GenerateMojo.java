package io.parley.maven;

import java.io.File;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates code from the Thrift IDL in {@code src/main/thrift} and adds the Java output to the
 * project's compile sources.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class GenerateMojo extends AbstractParleyMojo {
  private static final Set<String> SCOPES =
      Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_PROVIDED, Artifact.SCOPE_SYSTEM);

  /** The directory holding the IDL files to compile. */
  @Parameter(property = "parley.sourceDirectory", defaultValue = "${project.basedir}/src/main/thrift", required = true)
  private File sourceDirectory;

  /** Where Java is generated; added to the compile source roots. */
  @Parameter(property = "parley.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/parley", required = true)
  private File outputDirectory;

  /** Where Python is generated when {@code python} is among the languages. */
  @Parameter(property = "parley.pythonOutputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/parley-python", required = true)
  private File pythonOutputDirectory;

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
    return false;
  }

  @Override
  protected boolean inScope(String scope) {
    return SCOPES.contains(scope);
  }

  @Override
  protected void addSourceRoot(String directory) {
    project.addCompileSourceRoot(directory);
  }

  @Override
  protected List<Resource> resources() {
    return project.getResources();
  }

  @Override
  protected void addResource(Resource resource) {
    project.addResource(resource);
  }
}
