// Finds e2e tests that hand state to later tests: an `it` body that assigns or mutates a variable
// declared at file or `describe` level. Such a test makes the ones after it fail in cascade (or pass
// on wrong state) when it fails; setup belongs in beforeAll/beforeEach or in the test itself.
import ts from 'typescript'

const TEST_CALLS = new Set(['it', 'test'])
const MUTATING_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'set', 'add', 'delete', 'clear'])

function calleeName(call: ts.CallExpression): string | undefined {
  let callee: ts.Expression = call.expression
  while (ts.isPropertyAccessExpression(callee)) callee = callee.expression
  return ts.isIdentifier(callee) ? callee.text : undefined
}

function callbackOf(call: ts.CallExpression): ts.FunctionLikeDeclaration | undefined {
  return call.arguments.find((arg): arg is ts.ArrowFunction | ts.FunctionExpression => ts.isArrowFunction(arg) || ts.isFunctionExpression(arg))
}

/** Per scope (the file, or a `describe` callback's body): the names declared with let/const/var directly in it. */
function sharedScopes(source: ts.SourceFile): Map<ts.Node, Set<string>> {
  const scopes = new Map<ts.Node, Set<string>>()
  const collect = (scope: ts.Node, statements: readonly ts.Statement[]) => {
    const names = new Set<string>()
    scopes.set(scope, names)
    for (const statement of statements) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text)
      }
      if (ts.isExpressionStatement(statement) && ts.isCallExpression(statement.expression) && calleeName(statement.expression) === 'describe') {
        const body = callbackOf(statement.expression)?.body
        if (body && ts.isBlock(body)) collect(body, body.statements)
      }
    }
  }
  collect(source, source.statements)
  return scopes
}

/** The file- or describe-level variable `node` refers to, as "position of its scope:name", if any. */
function sharedVariable(node: ts.Identifier, scopes: Map<ts.Node, Set<string>>): string | undefined {
  for (let scope: ts.Node | undefined = node.parent; scope; scope = scope.parent) {
    if (scopes.get(scope)?.has(node.text)) return `${scope.pos}:${node.text}`
  }
  return undefined
}

/** Whether `name` is declared again inside `scope` (a local that shadows the shared one). */
function declaredWithin(scope: ts.Node, name: string): boolean {
  let found = false
  const visit = (node: ts.Node) => {
    if (found) return
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node)) && ts.isIdentifier(node.name) && node.name.text === name) found = true
    else ts.forEachChild(node, visit)
  }
  ts.forEachChild(scope, visit)
  return found
}

export interface SharedStateHandOff {
  line: number
  test: string
  variable: string
  /** The other test that sees what `test` left in `variable`. */
  readBy: string
}

type Use = 'assign' | 'write' | 'read'

interface TestUses {
  title: string
  /** Per shared variable: how the test first uses it, and the lines where it writes it. */
  first: Map<string, Use>
  writes: Map<string, number[]>
}

function useOf(node: ts.Identifier): Use {
  const parent = node.parent
  if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
    return parent.operatorToken.kind === ts.SyntaxKind.EqualsToken ? 'assign' : 'write'
  }
  if ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) && (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)) return 'write'
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node && MUTATING_METHODS.has(parent.name.text) && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) return 'write'
  // Destructuring assignment: `[a, b] = …` or `({ a } = …)`.
  let outer: ts.Node = parent
  while (ts.isArrayLiteralExpression(outer) || ts.isObjectLiteralExpression(outer) || ts.isShorthandPropertyAssignment(outer) || ts.isPropertyAssignment(outer)) outer = outer.parent
  if (outer !== parent && ts.isBinaryExpression(outer) && outer.operatorToken.kind === ts.SyntaxKind.EqualsToken && outer.left.pos <= node.pos && node.end <= outer.left.end) return 'assign'
  return 'read'
}

function isReference(node: ts.Identifier): boolean {
  const parent = node.parent
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) return false
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isBindingElement(parent)) && parent.name === node) return false
  return true
}

/**
 * Every place where one `it`/`test` writes a file- or describe-level variable that another test then
 * sees: that other test uses the variable without first assigning it a value of its own. (A test
 * that assigns its own value first, such as `app = await launchApp(…)` closed in afterEach, is fine.)
 */
export function sharedStateHandOffs(fileName: string, text: string): SharedStateHandOff[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const scopes = sharedScopes(source)
  const tests: TestUses[] = []
  const inspectTest = (call: ts.CallExpression) => {
    const body = callbackOf(call)
    if (!body) return
    const title = call.arguments[0] && ts.isStringLiteralLike(call.arguments[0]) ? call.arguments[0].text : '(unnamed)'
    const uses: TestUses = { title, first: new Map(), writes: new Map() }
    const visit = (node: ts.Node) => {
      const variable = ts.isIdentifier(node) && isReference(node) && !declaredWithin(body, node.text) ? sharedVariable(node, scopes) : undefined
      if (variable) {
        const use = useOf(node as ts.Identifier)
        if (!uses.first.has(variable)) uses.first.set(variable, use)
        if (use !== 'read') uses.writes.set(variable, [...(uses.writes.get(variable) ?? []), source.getLineAndCharacterOfPosition(node.getStart()).line + 1])
      }
      ts.forEachChild(node, visit)
    }
    visit(body)
    tests.push(uses)
  }
  const find = (node: ts.Node) => {
    if (ts.isCallExpression(node) && TEST_CALLS.has(calleeName(node) ?? '')) inspectTest(node)
    else ts.forEachChild(node, find)
  }
  find(source)
  return tests.flatMap((writer) =>
    [...writer.writes].flatMap(([variable, lines]) => {
      const reader = tests.find((other) => other !== writer && other.first.has(variable) && other.first.get(variable) !== 'assign')
      return reader ? lines.map((line) => ({ line, test: writer.title, variable: variable.split(':')[1]!, readBy: reader.title })) : []
    })
  )
}
