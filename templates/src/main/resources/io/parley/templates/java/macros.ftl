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
<#macro code lines indent>
<#if lines?has_content>
<@indented by=indent>${lines?join("\n")}
</@indented>
</#if>
</#macro>
