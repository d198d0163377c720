<#-- One dataclass at module level (`s` is a PyViews.Struct), rendered on its own and printed by
     module.ftl in its place. -->
<#import "macros.ftl" as m>
<#include "struct.ftl">
