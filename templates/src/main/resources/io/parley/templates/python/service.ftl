<#-- One service (`service` is a PyViews.Service): its argument and result structs, the protocols a
     server implements, the clients and the processor factories. Rendered on its own and printed by
     module.ftl in its place. -->
<#import "macros.ftl" as m>
<#list service.wireStructs as s>


<#include "struct.ftl">
</#list>


class ${service.name}(<#if service.base?has_content>${service.base}, </#if>typing.Protocol):
<#if service.doc?has_content>
<@m.docstring lines=service.doc indent="    "/>
<#else>
    """What a ${service.idlName} server implements."""
</#if>
<#list service.methods as method>

    def ${method.name}(self<#if method.parameters?has_content>, ${method.parameters}</#if>) -> ${method.result}:
<@m.docstring lines=method.doc indent="        "/>
        ...
</#list>


class Async${service.name}(<#if service.base?has_content>${service.base?replace("([A-Za-z0-9_]+)$", "Async$1", "r")}, </#if>typing.Protocol):
    """What an asyncio ${service.idlName} server implements."""
<#list service.methods as method>

    async def ${method.name}(self<#if method.parameters?has_content>, ${method.parameters}</#if>) -> ${method.result}:
        ...
</#list>


class ${service.name}Client<#if service.base?has_content>(${service.base}Client)</#if>:
    """Calls a remote ${service.idlName}; as thread-safe as its channel."""
<#if !service.base?has_content>

    def __init__(self, channel: _rpc.Channel) -> None:
        self._channel = channel
</#if>
<#list service.methods as method>

    def ${method.name}(self<#if method.parameters?has_content>, ${method.parameters}</#if>) -> ${method.result}:
<@m.docstring lines=method.doc indent="        "/>
<@block of=method.clientLines by="        "/>
</#list>


class ${service.name}AsyncClient<#if service.base?has_content>(${service.base}AsyncClient)</#if>:
    """Calls a remote ${service.idlName} from asyncio code."""
<#if !service.base?has_content>

    def __init__(self, channel: _aio.AsyncChannel) -> None:
        self._channel = channel
</#if>
<#list service.methods as method>

    async def ${method.name}(self<#if method.parameters?has_content>, ${method.parameters}</#if>) -> ${method.result}:
<@block of=method.asyncClientLines by="        "/>
</#list>


def ${service.functionPrefix}_processor(handler: ${service.name}) -> _rpc.ServiceProcessor:
    """Serves ``handler`` as ${service.idlName}, with the methods of the services it extends."""
    processor = _rpc.ServiceProcessor("${service.idlName}")
<#list service.methods as method>

<#if method.oneway>
    def _${method.name}(r: _p.ProtocolReader) -> None:
<#else>
    def _${method.name}(r: _p.ProtocolReader) -> typing.Callable[[_p.ProtocolWriter], None]:
</#if>
<@block of=method.processorLines by="        "/>

    processor.<#if method.oneway>oneway<#else>method</#if>("${method.idlName}", _${method.name})
</#list>
<#if service.baseProcessor?has_content>
    processor.inherit(${service.baseProcessor}_processor(handler))
</#if>
    return processor


def ${service.functionPrefix}_async_processor(handler: Async${service.name}) -> _aio.AsyncServiceProcessor:
    """Serves the asyncio ``handler`` as ${service.idlName}."""
    processor = _aio.AsyncServiceProcessor("${service.idlName}")
<#list service.methods as method>

<#if method.oneway>
    async def _${method.name}(r: _p.ProtocolReader) -> None:
<#else>
    async def _${method.name}(r: _p.ProtocolReader) -> typing.Callable[[_p.ProtocolWriter], None]:
</#if>
<@block of=method.asyncProcessorLines by="        "/>

    processor.<#if method.oneway>oneway<#else>method</#if>("${method.idlName}", _${method.name})
</#list>
<#if service.baseProcessor?has_content>
    processor.inherit(${service.baseProcessor}_async_processor(handler))
</#if>
    return processor
