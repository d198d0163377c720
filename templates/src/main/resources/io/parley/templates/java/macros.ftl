<#-- Shared macros of the Java templates: they only print. -->
<#macro doc lines indent="">
<#if lines?has_content>
${indent}/**
<#list lines as line>
${indent} *<#if line?has_content> ${line}</#if>
</#list>
${indent} */
</#if>
</#macro>
<#-- Kept for templates copied from earlier versions; these call <@block of=lines by=indent/>. -->
<#macro code lines indent>
<@block of=lines by=indent/>
</#macro>

<#-- One method of a split decoder's Reading$$ object (see FieldRun): reads field id$$ if it is in
     the run, printing each field's lines named by `lines` (readLines or compactReadLines). -->
<#macro runRead run method reader typeParam lines what>

    /** Reads ${what} {@code id$$} if it is in run ${run.index}; false if it is not. */
    boolean ${method}${run.index}(${reader} in, short id$$, ${typeParam}) {
      switch (id$$) {
<#list run.fields as f>
        case ${f.id}: {
<@block of=f[lines] by="          "/>
          break;
        }
</#list>
        default:
          return false;
      }
      return true;
    }
</#macro>
