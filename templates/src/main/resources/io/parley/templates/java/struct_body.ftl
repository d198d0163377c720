<#-- The members of a struct or exception class; `s` is a StructView, `i` the class's indent. -->
<#list s.fields as f>
${i}  private final ${f.type} ${f.name};
<#if !f?has_next>

</#if>
</#list>
${i}  ${s.constructorModifier}${s.name}(<#list s.fields as f>${f.type} ${f.name}<#sep>, </#list>) {
<#if s.exception>
${i}    super(null);
</#if>
<#list s.fields as f>
${i}    this.${f.name} = ${f.name};
</#list>
${i}  }
<#list s.fields as f>

<@m.doc lines=f.doc indent=i + "  "/>
${i}  public ${f.type} ${f.name}() {
${i}    return ${f.name};
${i}  }
<#if !f.primitive>

${i}  /** Whether {@code ${f.name}} is set. */
${i}  public boolean has${f.capitalized}() {
${i}    return ${f.name} != null;
${i}  }
</#if>
</#list>
<#if s.builder>

${i}  /** A builder with every field unset or at its IDL default. */
${i}  public static Builder builder() {
${i}    return new Builder();
${i}  }

${i}  /** A builder that starts from this value. */
${i}  public Builder toBuilder() {
${i}    Builder builder$ = new Builder();
<#list s.fields as f>
${i}    builder$.${f.name} = this.${f.name};
<#if f.required && f.primitive>
${i}    builder$.${f.name}Set = true;
</#if>
</#list>
${i}    return builder$;
${i}  }
</#if>
<#if s.builder>
<#if s.exception>

${i}  @Override
${i}  public String getMessage() {
${i}    return toString();
${i}  }
</#if>

${i}  @Override
${i}  public boolean equals(Object o) {
${i}    if (o == this) {
${i}      return true;
${i}    }
${i}    if (!(o instanceof ${s.name})) {
${i}      return false;
${i}    }
<#if s.fields?has_content>
${i}    ${s.name} that = (${s.name}) o;
${i}    return <#list s.fields as f>${f.equalsExpression}<#sep>
${i}        && </#list>;
<#else>
${i}    return true;
</#if>
${i}  }

${i}  @Override
${i}  public int hashCode() {
${i}    return java.util.Objects.hash(<#list s.fields as f>${f.name}<#sep>, </#list>);
${i}  }

${i}  @Override
${i}  public String toString() {
${i}    return "${s.idlName}{"<#list s.fields as f> + "<#if f?index != 0>, </#if>${f.idlName}=" + ${f.name}</#list> + "}";
${i}  }
</#if>

${i}  /** Writes this value as a Thrift struct. */
${i}  public void write(ProtocolWriter out) {
${i}    out.structBegin();
<#list s.fields as f>
<@m.code lines=f.writeLines indent=i + "    "/>
</#list>
${i}    out.fieldStop();
${i}    out.structEnd();
${i}  }

${i}  /** Reads a value written as a Thrift struct; unknown fields are skipped. */
${i}  public static ${s.name} read(ProtocolReader in) {
${i}    if (in instanceof CompactProtocolReader) {
${i}      return readCompact((CompactProtocolReader) in);
${i}    }
<#list s.fields as f>
${i}    ${f.type} ${f.local} = ${f.initial};
<#if f.required>
${i}    boolean ${f.local}Set = false;
</#if>
</#list>
${i}    in.structBegin();
${i}    for (int header$; (header$ = in.fieldBegin()) != 0; ) {
${i}      byte wireType$ = ProtocolReader.fieldType(header$);
${i}      switch (ProtocolReader.fieldId(header$)) {
<#list s.fields as f>
${i}        case ${f.id}: {
<@m.code lines=f.readLines indent=i + "          "/>
${i}          break;
${i}        }
</#list>
${i}        default:
${i}          in.skip(wireType$);
${i}      }
${i}    }
${i}    in.structEnd();
<#list s.fields as f>
<#if f.required>
${i}    if (!${f.local}Set) {
${i}      throw new ProtocolException(ProtocolException.Kind.INVALID_DATA,
${i}          "required field '${f.idlName}' of ${s.idlName} is missing");
${i}    }
</#if>
</#list>
${i}    return new ${s.name}(<#list s.fields as f>${f.local}<#sep>, </#list>);
${i}  }

${i}  /** {@link #read} for the compact protocol: field ids tracked here, type nibbles compared as sent. */
${i}  private static ${s.name} readCompact(CompactProtocolReader in) {
<#list s.fields as f>
${i}    ${f.type} ${f.local} = ${f.initial};
<#if f.required>
${i}    boolean ${f.local}Set = false;
</#if>
</#list>
${i}    in.enterStruct();
${i}    short id$$ = 0;
${i}    for (int header$$; (header$$ = in.fieldHeader()) != 0; ) {
${i}      int type$$ = header$$ & 0x0F;
${i}      id$$ = in.fieldId(header$$, id$$);
${i}      switch (id$$) {
<#list s.fields as f>
${i}        case ${f.id}: {
<@m.code lines=f.compactReadLines indent=i + "          "/>
${i}          break;
${i}        }
</#list>
${i}        default:
${i}          in.skipField(type$$);
${i}      }
${i}    }
${i}    in.leaveStruct();
<#list s.fields as f>
<#if f.required>
${i}    if (!${f.local}Set) {
${i}      throw new ProtocolException(ProtocolException.Kind.INVALID_DATA,
${i}          "required field '${f.idlName}' of ${s.idlName} is missing");
${i}    }
</#if>
</#list>
${i}    return new ${s.name}(<#list s.fields as f>${f.local}<#sep>, </#list>);
${i}  }
<#if s.builder>

${i}  /** Collects field values for an immutable {@link ${s.name}}. Not thread-safe. */
${i}  public static final class Builder {
<#list s.fields as f>
${i}    private ${f.type} ${f.name} = ${f.initial};
<#if f.required && f.primitive>
${i}    private boolean ${f.name}Set;
</#if>
</#list>

${i}    private Builder() {}
<#list s.fields as f>

${i}    /** Sets {@code ${f.idlName}}<#if !f.primitive>; {@code null} unsets it</#if>. */
${i}    public Builder ${f.name}(${f.type} ${f.name}) {
${i}      this.${f.name} = ${f.name};
<#if f.required && f.primitive>
${i}      this.${f.name}Set = true;
</#if>
${i}      return this;
${i}    }
</#list>

${i}    /** The value; fails when a required field is unset. */
${i}    public ${s.name} build() {
<#list s.fields as f>
<#if f.required>
${i}      if (<#if f.primitive>!${f.name}Set<#else>${f.name} == null</#if>) {
${i}        throw new IllegalStateException("${s.idlName}.${f.idlName} is required but not set");
${i}      }
</#if>
</#list>
${i}      return new ${s.name}(<#list s.fields as f>${f.name}<#sep>, </#list>);
${i}    }
${i}  }
</#if>
