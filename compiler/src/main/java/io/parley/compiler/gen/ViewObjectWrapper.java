package io.parley.compiler.gen;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FreeMarker's default object wrapper, with a fast path for the view records that generators hand
 * to templates: {@code ${f.name}} on a record component calls its accessor through a method handle
 * found once per class, where the default bean model looks the property up, checks access and
 * calls it reflectively each time (most of the rendering time of a large schema). Everything else
 * (methods, other members, the record used as a string) behaves exactly as with the default wrapper.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {
  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  /** The accessors of each record class by component name; empty when they cannot be called. */
  private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, MethodHandle> computeValue(Class<?> type) {
      Map<String, MethodHandle> accessors = new HashMap<>();
      try {
        for (RecordComponent component : type.getRecordComponents()) {
          Method accessor = component.getAccessor();
          accessor.setAccessible(true); // views may be package-private records
          accessors.put(component.getName(), MethodHandles.lookup().unreflect(accessor).asType(GETTER));
        }
      } catch (IllegalAccessException | RuntimeException e) {
        return Map.of(); // in a module that does not open it: the default bean model handles it
      }
      return Map.copyOf(accessors);
    }
  };

  ViewObjectWrapper() {
    super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33), true);
  }

  /**
   * Strings, lists and booleans, the bulk of what views hold, are wrapped here as the default
   * wrapper would, without its chain of type tests first: an {@code instanceof} against an
   * interface that fails, or that succeeds for a different interface than the last test on the
   * same class, is a slow scan in the JVM (a list is tested as a {@code Collection} and then as a
   * {@code List}), and those scans were a sixth of rendering time on two threads.
   */
  @Override
  public TemplateModel wrap(Object obj) throws TemplateModelException {
    if (obj instanceof String s) {
      return new SimpleScalar(s);
    }
    if (obj instanceof List<?> list) {
      return DefaultListAdapter.adapt(list, this);
    }
    if (obj instanceof Boolean b) {
      return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
    }
    if (obj instanceof Record) {
      Map<String, MethodHandle> accessors = ACCESSORS.get(obj.getClass());
      if (!accessors.isEmpty()) {
        return new RecordModel(obj, accessors, this);
      }
    }
    return super.wrap(obj);
  }

  /** What the default wrapper makes of {@code obj}. */
  TemplateModel standard(Object obj) throws TemplateModelException {
    return super.wrap(obj);
  }

  /** A record: components straight from their accessors, anything else from the default model. */
  private static final class RecordModel implements TemplateHashModelEx, MethodCallAwareTemplateHashModel,
      TemplateScalarModel, AdapterTemplateModel, WrapperTemplateModel, TemplateModelWithAPISupport {
    private final Object record;
    private final Map<String, MethodHandle> accessors;
    private final ViewObjectWrapper wrapper;
    private TemplateModel standard;

    RecordModel(Object record, Map<String, MethodHandle> accessors, ViewObjectWrapper wrapper) {
      this.record = record;
      this.accessors = accessors;
      this.wrapper = wrapper;
    }

    private TemplateModel standard() throws TemplateModelException {
      if (standard == null) {
        standard = wrapper.standard(record);
      }
      return standard;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      MethodHandle accessor = accessors.get(key);
      if (accessor == null) {
        return ((TemplateHashModel) standard()).get(key);
      }
      Object value;
      try {
        value = (Object) accessor.invokeExact(record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getName(), e);
      }
      return wrapper.wrap(value);
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
      TemplateModel model = standard();
      return model instanceof MethodCallAwareTemplateHashModel m ? m.getBeforeMethodCall(key)
          : ((TemplateHashModel) model).get(key);
    }

    @Override
    public boolean isEmpty() throws TemplateModelException {
      return ((TemplateHashModel) standard()).isEmpty();
    }

    @Override
    public int size() throws TemplateModelException {
      return ((TemplateHashModelEx) standard()).size();
    }

    @Override
    public TemplateCollectionModel keys() throws TemplateModelException {
      return ((TemplateHashModelEx) standard()).keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
      return ((TemplateHashModelEx) standard()).values();
    }

    @Override
    public String getAsString() throws TemplateModelException {
      return ((TemplateScalarModel) standard()).getAsString();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
      return record;
    }

    @Override
    public Object getWrappedObject() {
      return record;
    }

    @Override
    public TemplateModel getAPI() throws TemplateModelException {
      return ((TemplateModelWithAPISupport) standard()).getAPI();
    }
  }
}
