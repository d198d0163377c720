<#-- The members of a struct or exception class; `s` is a StructView. Written at the top level: a
     nested class includes it inside <@indented>. -->
<#-- A wide struct's value made from each field's local (decoders) or stored form (its builder). -->
<#-- A builder's check that its required fields are set. -->
<#macro requireSet fields>
<#list fields as f>
<#if f.required>
      if (<#if f.primitive>!${f.name}Set<#else>${f.name} == null</#if>) {
        throw new IllegalStateException("${s.idlName}.${f.idlName} is required but not set");
      }
</#if>
</#list>
</#macro>
<#macro newThroughBuilder struct source indent>
${indent}Builder values$$ = new Builder();
<#list struct.fields as f>
${indent}values$$.${f.name} = <#if source == "local">${f.local}<#else>${f.stored}</#if>;
</#list>
${indent}return new ${struct.name}(values$$);
</#macro>
<#list s.fields as f>
  private final ${f.type} ${f.name};
<#if !f?has_next>

</#if>
</#list>
<#if s.wide>
  <#-- Too many fields for one parameter list (the JVM allows 255 slots): values come in a builder. -->
  private ${s.name}(Builder values$$) {
<#if s.exception>
    super(null);
</#if>
<#list s.fields as f>
    this.${f.name} = values$$.${f.name};
</#list>
  }
<#else>
  ${s.constructorModifier}${s.name}(<#list s.fields as f>${f.type} ${f.name}<#sep>, </#list>) {
<#if s.exception>
    super(null);
</#if>
<#list s.fields as f>
    this.${f.name} = ${f.name};
</#list>
  }
</#if>
<#list s.fields as f>

<@m.doc lines=f.doc indent="  "/>
  public ${f.type} ${f.name}() {
    return ${f.name};
  }
<#if !f.primitive>

  /** Whether {@code ${f.name}} is set. */
  public boolean has${f.capitalized}() {
    return ${f.name} != null;
  }
</#if>
</#list>
<#if s.builder>

  /** A builder with every field unset or at its IDL default. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder$ = new Builder();
<#list s.fields as f>
    builder$.${f.name} = this.${f.name};
<#if f.required && f.primitive>
    builder$.${f.name}Set = true;
</#if>
</#list>
    return builder$;
  }
</#if>
<#if s.builder>
<#if s.exception>

  @Override
  public String getMessage() {
    return toString();
  }
</#if>

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ${s.name})) {
      return false;
    }
<#if s.wide>
    <#-- One statement per field: javac recurses once per operator of a long && chain. -->
    ${s.name} that = (${s.name}) o;
<#list s.fields as f>
    if (!(${f.equalsExpression})) {
      return false;
    }
</#list>
    return true;
<#elseif s.fields?has_content>
    ${s.name} that = (${s.name}) o;
    return <#list s.fields as f>${f.equalsExpression}<#sep>
        && </#list>;
<#else>
    return true;
</#if>
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(<#list s.fields as f>${f.name}<#sep>, </#list>);
  }

  @Override
  public String toString() {
<#if s.wide>
    StringBuilder text$ = new StringBuilder("${s.idlName}{");
<#list s.fields as f>
    text$.append("<#if f?index != 0>, </#if>${f.idlName}=").append(${f.name});
</#list>
    return text$.append('}').toString();
<#else>
    return "${s.idlName}{"<#list s.fields as f> + "<#if f?index != 0>, </#if>${f.idlName}=" + ${f.name}</#list> + "}";
</#if>
  }
</#if>

  /** Writes this value as a Thrift struct. */
  public void write(ProtocolWriter out) {
    // Small enough for the JIT to inline into callers, unlike either body.
    if (out instanceof CompactProtocolWriter) {
      writeCompact((CompactProtocolWriter) out);
    } else {
      writeAny(out);
    }
  }

  /** {@link #write} for any protocol: the writer works out each field's header. */
  private void writeAny(ProtocolWriter out) {
    out.structBegin();
<#if s.split>
<#list s.runs as run>
    writeAny${run.index}(out);
</#list>
<#else>
<#list s.fields as f>
<@block of=f.writeLines by="    "/>
</#list>
</#if>
    out.fieldStop();
    out.structEnd();
  }

  /** {@link #write} for the compact protocol: field headers worked out ahead where they can be. */
  private void writeCompact(CompactProtocolWriter out) {
<#if s.tracksLastField>
    int last$ = 0;
</#if>
<#if s.split>
<#list s.runs as run>
    <#if s.tracksLastField>last$ = </#if>writeCompact${run.index}(out<#if s.tracksLastField>, last$</#if>);
</#list>
<#else>
<#list s.fields as f>
<@block of=f.compactWriteLines by="    "/>
</#list>
</#if>
    out.fieldStop();
  }

  /** Reads a value written as a Thrift struct; unknown fields are skipped. */
  public static ${s.name} read(ProtocolReader in) {
    if (in instanceof CompactProtocolReader) {
      return readCompact((CompactProtocolReader) in);
    }
<#if s.split>
    Reading$$ reading$$ = new Reading$$();
    in.structBegin();
    for (int header$$; (header$$ = in.fieldBegin()) != 0; ) {
      byte wireType$$ = ProtocolReader.fieldType(header$$);
      short id$$ = ProtocolReader.fieldId(header$$);
      if (<#list s.runs as run>!reading$$.read${run.index}(in, id$$, wireType$$)<#sep>
          && </#list>) {
        in.skip(wireType$$);
      }
    }
    in.structEnd();
    return reading$$.value();
  }
<#else>
<#list s.fields as f>
    ${f.type} ${f.local} = ${f.initial};
<#if f.required>
    boolean ${f.local}Set = false;
</#if>
</#list>
    in.structBegin();
    for (int header$$; (header$$ = in.fieldBegin()) != 0; ) {
      byte wireType$$ = ProtocolReader.fieldType(header$$);
      switch (ProtocolReader.fieldId(header$$)) {
<#list s.fields as f>
        case ${f.id}: {
<@block of=f.readLines by="          "/>
          break;
        }
</#list>
        default:
          in.skip(wireType$$);
      }
    }
    in.structEnd();
<#list s.fields as f>
<#if f.required>
    if (!${f.local}Set) {
      throw new ProtocolException(ProtocolException.Kind.INVALID_DATA,
          "required field '${f.idlName}' of ${s.idlName} is missing");
    }
</#if>
</#list>
<#if s.wide>
<@newThroughBuilder struct=s source="local" indent="    "/>
<#else>
    return new ${s.name}(<#list s.fields as f>${f.local}<#sep>, </#list>);
</#if>
  }
</#if>

  /** {@link #read} for the compact protocol: field ids tracked here, type nibbles compared as sent. */
  private static ${s.name} readCompact(CompactProtocolReader in) {
<#if s.split>
    Reading$$ reading$$ = new Reading$$();
    in.enterStruct();
    short id$$ = 0;
    for (int header$$; (header$$ = in.fieldHeader()) != 0; ) {
      int type$$ = header$$ & 0x0F;
      id$$ = in.fieldId(header$$, id$$);
      if (<#list s.runs as run>!reading$$.readCompact${run.index}(in, id$$, type$$)<#sep>
          && </#list>) {
        in.skipField(type$$);
      }
    }
    in.leaveStruct();
    return reading$$.value();
  }
<#include "struct_split.ftl">
<#else>
<#list s.fields as f>
    ${f.type} ${f.local} = ${f.initial};
<#if f.required>
    boolean ${f.local}Set = false;
</#if>
</#list>
    in.enterStruct();
    short id$$ = 0;
<#if s.compactInOrder?has_content>
    int header$$ = in.fieldHeader();
    inOrder$$: {
<@block of=s.compactInOrder by="      "/>
    }
    for (; header$$ != 0; header$$ = in.fieldHeader()) {
<#else>
    for (int header$$; (header$$ = in.fieldHeader()) != 0; ) {
</#if>
      int type$$ = header$$ & 0x0F;
      id$$ = in.fieldId(header$$, id$$);
      switch (id$$) {
<#list s.fields as f>
        case ${f.id}: {
<@block of=f.compactReadLines by="          "/>
          break;
        }
</#list>
        default:
          in.skipField(type$$);
      }
    }
    in.leaveStruct();
<#list s.fields as f>
<#if f.required>
    if (!${f.local}Set) {
      throw new ProtocolException(ProtocolException.Kind.INVALID_DATA,
          "required field '${f.idlName}' of ${s.idlName} is missing");
    }
</#if>
</#list>
<#if s.wide>
<@newThroughBuilder struct=s source="local" indent="    "/>
<#else>
    return new ${s.name}(<#list s.fields as f>${f.local}<#sep>, </#list>);
</#if>
  }
</#if>
<#if s.builder>

  /** Collects field values for an immutable {@link ${s.name}}. Not thread-safe. */
  public static final class Builder {
<#list s.fields as f>
    private ${f.type} ${f.name} = ${f.initial};
<#if f.required && f.primitive>
    private boolean ${f.name}Set;
</#if>
</#list>

    private Builder() {}
<#list s.fields as f>

    /** Sets {@code ${f.idlName}}<#if !f.primitive>; {@code null} unsets it</#if>. */
    public Builder ${f.name}(${f.type} ${f.name}) {
      this.${f.name} = ${f.name};
<#if f.required && f.primitive>
      this.${f.name}Set = true;
</#if>
      return this;
    }
</#list>

    /** The value; fails when a required field is unset. */
    public ${s.name} build() {
<#if s.split>
<#list s.runs as run>
<#if run.required>
      require${run.index}();
</#if>
</#list>
<#else>
<@requireSet fields=s.fields/>
</#if>
<#if s.wide>
<@newThroughBuilder struct=s source="stored" indent="      "/>
<#else>
      return new ${s.name}(<#list s.fields as f>${f.stored}<#sep>, </#list>);
</#if>
    }
<#if s.split>
<#list s.runs as run>
<#if run.required>

    /** Fails when a required field of run ${run.index} is unset: {@link #build} is split as the struct's codecs are. */
    private void require${run.index}() {
<@requireSet fields=run.fields/>
    }
</#if>
</#list>
</#if>
  }
</#if>
