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
<#-- Kept for templates copied from earlier versions; these call <@block of=lines by=indent/>. -->
<#macro code lines indent>
<@block of=lines by=indent/>
</#macro>
