<#-- The members of a struct too large for one method per codec (s.split; see FieldRun): the parts
     of its writers, and the object its decoders read fields into, one method per run of fields.
     Included by struct_body.ftl, whose macros it uses. -->
<#list s.runs as run>

  /** Part ${run.index} of {@link #writeAny}: a JVM method holds at most 64 KiB of code. */
  private void writeAny${run.index}(ProtocolWriter out) {
<#list run.fields as f>
<@block of=f.writeLines by="    "/>
</#list>
  }
</#list>
<#list s.runs as run>

  /** Part ${run.index} of {@link #writeCompact}<#if s.tracksLastField>, given and giving the id of the last field written</#if>. */
  private <#if s.tracksLastField>int<#else>void</#if> writeCompact${run.index}(CompactProtocolWriter out<#if s.tracksLastField>, int last$</#if>) {
<#list run.fields as f>
<@block of=f.compactWriteLines by="    "/>
</#list>
<#if s.tracksLastField>
    return last$;
</#if>
  }
</#list>

  /**
   * What a decoder has read so far. The struct is too large for one decoding method (a JVM method
   * holds at most 64 KiB of code), so each run of fields is read by a method of its own.
   */
  private static final class Reading$$ {
<#list s.fields as f>
    private ${f.type} ${f.local} = ${f.initial};
<#if f.required>
    private boolean ${f.local}Set;
</#if>
</#list>
<#list s.runs as run>
<@m.runRead run=run method="read" reader="ProtocolReader" typeParam="byte wireType$$" lines="readLines" what="field"/>
<@m.runRead run=run method="readCompact" reader="CompactProtocolReader" typeParam="int type$$" lines="compactReadLines" what="field"/>
<#if run.required>

    /** Fails unless every required field of run ${run.index} was read. */
    void require${run.index}() {
<#list run.fields as f>
<#if f.required>
      if (!${f.local}Set) {
        throw new ProtocolException(ProtocolException.Kind.INVALID_DATA,
            "required field '${f.idlName}' of ${s.idlName} is missing");
      }
</#if>
</#list>
    }
</#if>
</#list>

    /** The value read, once every required field is checked. */
    ${s.name} value() {
<#list s.runs as run>
<#if run.required>
      require${run.index}();
</#if>
</#list>
<#if s.wide>
<@newThroughBuilder struct=s source="local" indent="      "/>
<#else>
      return new ${s.name}(<#list s.fields as f>${f.local}<#sep>, </#list>);
</#if>
    }
  }
