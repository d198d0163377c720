<#-- One dataclass; `s` is a PyViews.Struct. Besides write/read over protocol objects (which run
     the fast codecs for the built-in protocols through parley.codec), each class has a
     straight-line codec per protocol and a generic one over any ProtocolWriter/ProtocolReader. -->
@_dataclass(${s.decorator})
<#if s.exception>
class ${s.name}(_errors.DeclaredError):
<#else>
class ${s.name}:
</#if>
<#if s.doc?has_content>
<@m.docstring lines=s.doc indent="    "/>

</#if>
<#list s.fields as f>
    ${f.name}${f.declaration}
<@m.docstring lines=f.doc indent="    "/>
</#list>
<#if s.union>

    def __post_init__(self) -> None:
        members = sum(1 for value in (<#list s.fields as f>self.${f.name}, </#list>) if value is not None)
        if members != 1:
            raise ValueError(f"union ${s.idlName} sets exactly one member, not {members}")
</#if>
<#if s.valueMethods?has_content>

<@block of=s.valueMethods by="    "/>
</#if>
<#if s.exception>

    def __str__(self) -> str:
        return f"${s.idlName}(<#list s.fields as f>${f.idlName}={self.${f.name}!r}<#sep>, </#list>)"
</#if>

    def write(self, w: _p.ProtocolWriter) -> None:
        """Writes this value as a Thrift struct."""
        _codec.write_struct(self, w)

    @classmethod
    def read(cls, r: _p.ProtocolReader) -> ${s.name}:
        """Reads a value written as a Thrift struct; unknown fields are skipped."""
        return _codec.read_struct(cls, r)

    def _write_compact(self, buf: bytearray) -> None:
<@block of=s.compactWrite by="        "/>

    def _write_binary(self, buf: bytearray) -> None:
<@block of=s.binaryWrite by="        "/>

    @classmethod
    def _read_compact(cls, buf: bytes, pos: int, depth: int, lim: _p.Limits) -> tuple[${s.name}, int]:
        if depth > lim.max_depth:
            raise _fw.Fallback
<@block of=s.compactRead by="        "/>

    @classmethod
    def _read_binary(cls, buf: bytes, pos: int, depth: int, lim: _p.Limits) -> tuple[${s.name}, int]:
        if depth > lim.max_depth:
            raise _fw.Fallback
        end = len(buf)
<@block of=s.binaryRead by="        "/>

    def _write_generic(self, w: _p.ProtocolWriter) -> None:
        w.struct_begin()
<#list s.fields as f>
<@block of=f.writeLines by="        "/>
</#list>
        w.field_stop()
        w.struct_end()

    @classmethod
    def _read_generic(cls, r: _p.ProtocolReader) -> ${s.name}:
<#list s.fields as f>
        ${f.localInit}
</#list>
        r.struct_begin()
        while True:
            ttype, fid = r.field_begin()
            if ttype == _p.TType.STOP:
                break
<#list s.fields as f>
            <#if f?index == 0>if<#else>elif</#if> ${f.readCondition}:
<@block of=f.readLines by="                "/>
</#list>
<#if s.fields?has_content>
            else:
                r.skip(ttype)
<#else>
            r.skip(ttype)
</#if>
        r.struct_end()
<#list s.fields as f>
<#if f.required>
        if ${f.local} is None:
            raise _errors.ProtocolError(_errors.ProtocolErrorKind.INVALID_DATA, "required field '${f.idlName}' of ${s.idlName} is missing")
</#if>
</#list>
<#if s.union>
        members = sum(1 for value in (<#list s.fields as f>${f.local}, </#list>) if value is not None)
        if members != 1:
            raise _errors.ProtocolError(_errors.ProtocolErrorKind.INVALID_DATA, f"union ${s.idlName} has {members} known members set, not one")
</#if>
        return cls(<#list s.fields as f>${f.name}=${f.local}<#sep>, </#list>)
