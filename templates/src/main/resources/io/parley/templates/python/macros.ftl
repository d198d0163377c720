<#-- Shared macros of the Python templates: they only print. -->
<#macro docstring lines indent>
<#if lines?has_content>
<#if lines?size == 1>
${indent}"""${lines[0]}"""
<#else>
${indent}"""${lines[0]}
<#list lines[1..] as line>
<#if line?has_content>${indent}${line}</#if>
</#list>
${indent}"""
</#if>
</#if>
</#macro>
<#macro code lines indent>
<#if lines?has_content>
<@indented by=indent>${lines?join("\n")}
</@indented>
</#if>
</#macro>
