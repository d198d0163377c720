/*
 * Recursive and mutually recursive types, forward references (types and a
 * typedef used before they are declared) and typedef chains up to four
 * levels deep, including chains over containers.
 */

namespace java com.example.misc.recursive
namespace py example.misc.recursive
namespace netstd Example.Misc.Recursive

typedef string Identifier
typedef Identifier NodeId
typedef NodeId ParentId
typedef ParentId RootId

typedef list<TreeNode> Forest                // forward reference to a struct
typedef Forest Woods                         // typedef of a typedef of a container
typedef map<NodeId, Woods> ForestIndex
typedef Expr Expression                      // forward reference to a union

/** A node in a tree of arbitrary depth. */
struct TreeNode {
  1: required NodeId id,
  2: optional ParentId parent,
  3: list<TreeNode> children = [],
  4: optional map<string, TreeNode> namedChildren,
}

struct Tree {
  1: required RootId rootId,
  2: required TreeNode root,
  3: optional ForestIndex index,
  4: optional Woods orphans,
}

/** Expression tree; BinaryOp and FunctionCall are declared after this union. */
union Expr {
  1: i64 literal,
  2: Identifier variable,
  3: BinaryOp binaryOp,
  4: FunctionCall call,
  5: list<Expr> sequence,
}

enum Operator { ADD = 1, SUB = 2, MUL = 3, DIV = 4 }

struct BinaryOp {
  1: required Operator op,
  2: required Expression left,
  3: required Expr right,
}

struct FunctionCall {
  1: required Identifier callee,
  2: list<Expr> arguments = [],
  3: optional map<Identifier, Expression> namedArguments,
}

/** Graph vertices and edges refer to each other. */
struct GraphVertex {
  1: required NodeId id,
  2: list<GraphEdge> outgoing = [],
}

struct GraphEdge {
  1: required NodeId target,
  2: optional double weight = 1.0,
  3: optional GraphVertex inlineTarget,
}

/** Refers to an exception declared later; the exception is recursive too. */
struct ParseResult {
  1: optional Expr expr,
  2: optional ParseError error,
}

exception ParseError {
  1: string message,
  2: i32 line,
  3: optional list<ParseError> causes,
}

const TreeNode SMALL_TREE = {
  "id": "root",
  "children": [{"id": "a", "parent": "root"}, {"id": "b", "children": [{"id": "b1"}]}],
}
const Expr ONE_PLUS_TWO = {"binaryOp": {"op": Operator.ADD, "left": {"literal": 1}, "right": {"literal": 2}}}

service TreeService {
  Tree getTree(1: RootId rootId) throws (1: ParseError error),
  Forest children(1: NodeId id),
  ParseResult parse(1: string source),
}
