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
