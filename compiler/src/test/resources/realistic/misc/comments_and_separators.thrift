#!/usr/bin/env thrift --gen py
# A shebang line above, then a hash comment.  // comments and /* */ follow.
/* Block comment on one line. */
/*
 * Block comment spanning lines, with characters that look like syntax:
 * struct Fake { 1: i32 x } // "unterminated string
 * # not a hash comment inside a block comment
 */

namespace py example.misc.separators   # trailing hash comment
namespace java com.example.misc.separators  // trailing slash comment
namespace netstd Example.Misc.Separators /* trailing block comment */
/**/ /***/ /* empty block and doc comments */
/** Doc comment followed by an ordinary comment before the definition. */
// an ordinary comment in between
typedef i32 Count

// Fields separated by commas, semicolons, nothing, or a mix.
struct Commas { 1: i32 a, 2: i32 b, 3: i32 c, }
struct Semicolons { 1: i32 a; 2: i32 b; 3: i32 c; }
struct NoSeparators { 1: i32 a 2: i32 b 3: i32 c }
struct Mixed {
  1: i32 a,     # comma
  2: i32 b;     // semicolon
  3: i32 c      /* nothing */
  4: i32 d,
}

struct /* comment inside the header */ Spaced
{
  1
  :
  required
  string
  name
  ,
  2 : optional list < map < string , i32 > > scores = [ { "x" : 1 } ] ;
}

struct Compact{1:i32 a,2:string b="b",3:list<i32>c=[1,2],4:map<string,i32>d={"k":1}}

struct    Tabs	{
	1:	i32	tabbed	=	1	,
	2:	string	alsoTabbed	;
}

/* Enum values with every separator style. */
enum Sep { ONE = 1, TWO = 2; THREE = 3 FOUR FIVE = 10, SIX }  // FOUR = 4, SIX = 11

exception Oops { 1: string why; }

// Constants with and without trailing separators.
const i32 C1 = 1,
const i32 C2 = 2;
const i32 C3 = 3
const list<i32> C4 = [C1, C2, C3];

service Separators {
  void a(),
  void b();
  void c()
  i32 d(1: i32 x, 2: i32 y,) throws (1: Oops oops,),
  i32 e(1: i32 x; 2: i32 y;) throws (1: Oops oops;);
  i32 f(1: i32 x 2: i32 y) throws (1: Oops oops)
  /* comment between functions */
  # hash comment between functions
  oneway void g(1: Count n /* inline comment in args */, 2: string s # hash in args
  )
}

# the file ends with this comment and no trailing newline