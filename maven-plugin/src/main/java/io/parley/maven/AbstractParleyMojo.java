package io.parley.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the {@code generate} and {@code test-generate} goals share: the parameters, and wiring the
 * compiler library into the project (source roots, resources, dependency IDL on the include path).
 */
public abstract class AbstractParleyMojo extends AbstractMojo {
  /** The include pattern used when {@code includes} is not set. */
  static final String DEFAULT_INCLUDE = "**/*.thrift";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  protected MojoExecution mojoExecution;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  protected PluginDescriptor plugin;

  /**
   * The languages to generate: {@code java}, {@code python}, or the target name of any generator
   * added to the plugin's dependencies. Java output is added to the project's sources.
   */
  @Parameter(property = "parley.languages", defaultValue = "java")
  protected List<String> languages;

  /**
   * Directories searched for included files, in order, after the including file's directory and the
   * source directory, and before the IDL extracted from dependency jars.
   */
  @Parameter
  protected List<File> includePaths;

  /** Patterns, relative to the source directory, of the IDL files to compile. Default: {@code **}{@code /*.thrift}. */
  @Parameter
  protected List<String> includes;

  /** Patterns, relative to the source directory, of files not to compile even when included. */
  @Parameter
  protected List<String> excludes;

  /** Treat warnings as errors. */
  @Parameter(property = "parley.strict", defaultValue = "false")
  protected boolean strict;

  /** A directory of template copies (e.g. {@code java/struct.ftl}) used before the built-in ones. */
  @Parameter(property = "parley.templates")
  protected File templatesDirectory;

  /** Put the IDL files of dependency jars on the include path. */
  @Parameter(property = "parley.dependencyIdl", defaultValue = "true")
  protected boolean dependencyIdl;

  /** Add the source directory's IDL files to the project's resources, so the jar ships them. */
  @Parameter(property = "parley.packageIdl", defaultValue = "true")
  protected boolean packageIdl;

  /** Skip this goal. */
  @Parameter(property = "parley.skip", defaultValue = "false")
  protected boolean skip;

  /** Where the plugin keeps its state and the IDL extracted from dependencies. */
  @Parameter(defaultValue = "${project.build.directory}/parley", readonly = true, required = true)
  protected File workDirectory;

  /** The directory holding the IDL files to compile. */
  protected abstract File sourceDirectory();

  /** The output directory of Java. */
  protected abstract File outputDirectory();

  /** The output directory of Python. */
  protected abstract File pythonOutputDirectory();

  /** Whether this goal is skipped for a reason of its own (besides {@code skip}). */
  protected abstract boolean skipped();

  /** Whether a dependency with {@code scope} counts for this goal. */
  protected abstract boolean inScope(String scope);

  /** Adds the Java output directory to the project's (test) compile source roots. */
  protected abstract void addSourceRoot(String directory);

  /** The project's (test) resources, to which the IDL source directory is added. */
  protected abstract List<Resource> resources();

  /** Adds {@code resource} to the project's (test) resources. */
  protected abstract void addResource(Resource resource);

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipped()) {
      getLog().info("Skipping Parley IDL generation");
      return;
    }
    Path sourceDir = sourceDirectory().toPath().toAbsolutePath().normalize();
    List<String> include = includes == null || includes.isEmpty() ? List.of(DEFAULT_INCLUDE) : includes;
    List<String> exclude = excludes == null ? List.of() : excludes;
    try {
      List<Path> files = new IdlFiles(include, exclude).scan(sourceDir);
      List<Path> includeDirs = new ArrayList<>();
      includeDirs.add(sourceDir);
      if (includePaths != null) {
        includePaths.forEach(f -> includeDirs.add(f.toPath().toAbsolutePath().normalize()));
      }
      String dependencyFingerprint = "";
      if (dependencyIdl) {
        DependencyIdl.Result deps = new DependencyIdl(workDirectory.toPath().resolve("dependencies"))
            .prepare(dependencies());
        includeDirs.addAll(deps.includeDirs());
        dependencyFingerprint = deps.fingerprint();
        deps.includeDirs().forEach(d -> getLog().debug("Dependency IDL on the include path: " + d));
      }
      Map<String, Path> outputs = outputs();
      Path templates = templatesDirectory == null ? null : templatesDirectory.toPath().toAbsolutePath();
      if (templates != null && !Files.isDirectory(templates)) {
        throw new MojoExecutionException("templatesDirectory is not a directory: " + templates);
      }
      Path stateFile = workDirectory.toPath()
          .resolve(mojoExecution.getGoal() + "-" + mojoExecution.getExecutionId() + ".state");
      IdlGeneration.Request request = new IdlGeneration.Request(files, includeDirs, strict, templates,
          outputs, stateFile, pluginFingerprint() + dependencyFingerprint);
      IdlGeneration.Outcome outcome = new IdlGeneration(getClass().getClassLoader(), getLog()).run(request);
      if (outcome == IdlGeneration.Outcome.NO_IDL_FILES) {
        getLog().info("No IDL files found in " + sourceDir);
        return;
      }
      if (outputs.containsKey("java")) {
        addSourceRoot(outputs.get("java").toString());
      }
      if (packageIdl) {
        addIdlResource(sourceDir, include, exclude);
      }
    } catch (IOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** Each language's output directory; languages other than Java and Python get a sibling of Java's. */
  private Map<String, Path> outputs() throws MojoExecutionException {
    Set<String> targets = new LinkedHashSet<>();
    if (languages != null) {
      languages.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(targets::add);
    }
    if (targets.isEmpty()) {
      throw new MojoExecutionException("Name at least one language, e.g. <languages><language>java</language></languages>");
    }
    Path java = outputDirectory().toPath().toAbsolutePath().normalize();
    Map<String, Path> outputs = new LinkedHashMap<>();
    for (String target : targets) {
      outputs.put(target, switch (target) {
        case "java" -> java;
        case "python" -> pythonOutputDirectory().toPath().toAbsolutePath().normalize();
        default -> java.resolveSibling(java.getFileName() + "-" + target);
      });
    }
    return outputs;
  }

  private List<DependencyIdl.Dependency> dependencies() {
    List<DependencyIdl.Dependency> list = new ArrayList<>();
    for (Artifact artifact : project.getArtifacts()) {
      if (artifact.getFile() != null && !"pom".equals(artifact.getType())
          && inScope(artifact.getScope() == null ? Artifact.SCOPE_COMPILE : artifact.getScope())) {
        list.add(new DependencyIdl.Dependency(artifact.getGroupId(), artifact.getArtifactId(),
            artifact.getClassifier(), artifact.getFile().toPath()));
      }
    }
    return list;
  }

  /** The plugin's version and jars: a new build of the plugin or compiler regenerates. */
  private String pluginFingerprint() {
    StringBuilder out = new StringBuilder(String.valueOf(plugin.getVersion()));
    List<Artifact> artifacts = new ArrayList<>();
    if (plugin.getPluginArtifact() != null) {
      artifacts.add(plugin.getPluginArtifact());
    }
    if (plugin.getArtifacts() != null) {
      artifacts.addAll(plugin.getArtifacts());
    }
    for (Artifact artifact : artifacts) {
      File file = artifact.getFile();
      out.append('|').append(artifact.getId());
      if (file != null) {
        out.append(':').append(file.length()).append(':').append(file.lastModified());
      }
    }
    return out.toString();
  }

  private void addIdlResource(Path sourceDir, List<String> include, List<String> exclude) {
    String dir = sourceDir.toString();
    if (!Files.isDirectory(sourceDir)
        || resources().stream().anyMatch(r -> dir.equals(Path.of(r.getDirectory()).toAbsolutePath().normalize().toString()))) {
      return;
    }
    Resource resource = new Resource();
    resource.setDirectory(dir);
    resource.setIncludes(new ArrayList<>(include));
    resource.setExcludes(new ArrayList<>(exclude));
    addResource(resource);
  }
}
