/*
 * Recursive and mutually recursive types, forward references, and typedef
 * chains.
 *
 * - TreeNode holds list<TreeNode> children (direct recursion through a
 *   container) and an optional map<string, TreeNode>.
 * - Expr / BinaryOp / FunctionCall are mutually recursive through a union.
 * - Several types are used before they are declared (forward references),
 *   including a typedef of a struct that appears later in the file.
 * - Typedef chains up to four levels deep, including chains over containers.
 */

namespace java com.example.misc.recursive
namespace py example.misc.recursive
namespace netstd Example.Misc.Recursive

// ---- typedef chains (some point forward to types declared further down) --

typedef string Identifier
typedef Identifier NodeId
typedef NodeId ParentId
typedef ParentId RootId

typedef list<TreeNode> Forest                // forward reference to a struct
typedef Forest Woods                         // typedef of a typedef of a container
typedef map<NodeId, Woods> ForestIndex       // container of typedefs
typedef ForestIndex ForestIndexAlias

typedef Expr Expression                      // forward reference to a union

// ---- direct recursion -------------------------------------------------

/** A node in a tree of arbitrary depth. */
struct TreeNode {
  1: required NodeId id,
  2: optional ParentId parent,
  3: optional string label,
  4: list<TreeNode> children = [],
  5: optional map<string, TreeNode> namedChildren,
  6: optional set<NodeId> tags,
}

/** A rooted tree plus an index of sub-forests. */
struct Tree {
  1: required RootId rootId,
  2: required TreeNode root,
  3: optional ForestIndexAlias index,
  4: optional Woods orphans,
}

// ---- mutual recursion through a union, with forward references ---------

/** Expression tree; BinaryOp and FunctionCall are declared after this union. */
union Expr {
  1: i64 literal,
  2: Identifier variable,
  3: BinaryOp binaryOp,
  4: FunctionCall call,
  5: list<Expr> sequence,
}

enum Operator {
  ADD = 1,
  SUB = 2,
  MUL = 3,
  DIV = 4,
}

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

// ---- a linked list and a graph ----------------------------------------

struct ListCell {
  1: required i32 value,
  2: optional list<ListCell> rest,
}

struct GraphVertex {
  1: required NodeId id,
  2: list<GraphEdge> outgoing = [],
}

struct GraphEdge {
  1: required NodeId target,
  2: optional double weight = 1.0,
  3: optional GraphVertex inlineTarget,
}

/** A struct that refers to an exception declared later. */
struct ParseResult {
  1: optional Expr expr,
  2: optional ParseError error,
}

exception ParseError {
  1: string message,
  2: i32 line,
  3: i32 column,
  4: optional list<ParseError> causes,
}

const TreeNode LEAF = {"id": "leaf", "children": []}
const TreeNode SMALL_TREE = {
  "id": "root",
  "children": [{"id": "a", "parent": "root"}, {"id": "b", "parent": "root", "children": [{"id": "b1"}]}],
}
const Expr ONE_PLUS_TWO = {"binaryOp": {"op": Operator.ADD, "left": {"literal": 1}, "right": {"literal": 2}}}

service TreeService {
  Tree getTree(1: RootId rootId) throws (1: ParseError error),
  Forest children(1: NodeId id),
  Expr simplify(1: Expression expr) throws (1: ParseError error),
  ParseResult parse(1: string source),
}
