/// A selector of the subset congtac's own style sheets use, parsed and matched against an
/// `HTMLTree`: type, `.class`, `#id`, `*`; the pseudo-classes `:first-child`, `:last-child`,
/// `:first-of-type`, `:last-of-type`, `:empty` and `:not(simple selectors)`; a final `::before` or
/// `::after`; the combinators descendant, `>`, `+` and `~`. Anything else is refused when parsed
/// (`nil`), so that a rule is never applied by a guess.
struct CSSSelector: Equatable {
    indirect enum Simple: Equatable {
        case type(String)
        case universal
        case `class`(String)
        case id(String)
        case firstChild, lastChild, firstOfType, lastOfType, empty
        case not([Simple])
    }

    enum Combinator: Equatable {
        case descendant, child, adjacent, sibling
    }

    /// Compounds from left to right; `combinators[i]` joins compound `i` and `i + 1`.
    var compounds: [[Simple]]
    var combinators: [Combinator]
    /// `before` or `after`.
    var pseudoElement: String?

    /// (ids, classes and pseudo-classes, types and pseudo-elements), compared in that order: one
    /// number, each count under 1000 (a selector of congtac's has a handful).
    var specificity: Int {
        let s = counts
        return s[0] * 1_000_000 + s[1] * 1_000 + s[2]
    }

    var counts: [Int] {
        var s = [0, 0, pseudoElement == nil ? 0 : 1]
        func add(_ simple: Simple) {
            switch simple {
            case .id: s[0] += 1
            case .class, .firstChild, .lastChild, .firstOfType, .lastOfType, .empty: s[1] += 1
            case .type: s[2] += 1
            case .universal: break
            case let .not(inner): inner.forEach(add)
            }
        }
        compounds.joined().forEach(add)
        return s
    }

    init?(_ text: String) {
        var compounds: [[Simple]] = [[]]
        var combinators: [Combinator] = []
        var pending: Combinator?
        var pseudoElement: String?
        let chars = Array(text.trimmedWhitespace)
        var i = 0
        func identifier() -> String {
            var name = ""
            while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "-" || chars[i] == "_" {
                name.append(chars[i])
                i += 1
            }
            return name
        }
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace || c == ">" || c == "+" || c == "~" {
                var combinator: Combinator = .descendant
                while i < chars.count, chars[i].isWhitespace || chars[i] == ">" || chars[i] == "+" || chars[i] == "~" {
                    switch chars[i] {
                    case ">": combinator = .child
                    case "+": combinator = .adjacent
                    case "~": combinator = .sibling
                    default: break
                    }
                    i += 1
                }
                pending = combinator
                continue
            }
            guard pseudoElement == nil else { return nil }  // nothing may follow a pseudo-element
            if let combinator = pending {
                guard !compounds[compounds.count - 1].isEmpty else { return nil }
                combinators.append(combinator)
                compounds.append([])
                pending = nil
            }
            switch c {
            case "*":
                i += 1
                compounds[compounds.count - 1].append(.universal)
            case ".":
                i += 1
                let name = identifier()
                guard !name.isEmpty else { return nil }
                compounds[compounds.count - 1].append(.class(name))
            case "#":
                i += 1
                let name = identifier()
                guard !name.isEmpty else { return nil }
                compounds[compounds.count - 1].append(.id(name))
            case ":":
                i += 1
                if i < chars.count, chars[i] == ":" {
                    i += 1
                    let name = identifier().lowercased()
                    guard name == "before" || name == "after" else { return nil }
                    pseudoElement = name
                    if compounds[compounds.count - 1].isEmpty { compounds[compounds.count - 1].append(.universal) }
                    continue
                }
                let name = identifier().lowercased()
                switch name {
                case "first-child": compounds[compounds.count - 1].append(.firstChild)
                case "last-child": compounds[compounds.count - 1].append(.lastChild)
                case "first-of-type": compounds[compounds.count - 1].append(.firstOfType)
                case "last-of-type": compounds[compounds.count - 1].append(.lastOfType)
                case "empty": compounds[compounds.count - 1].append(.empty)
                case "before", "after":
                    pseudoElement = name  // the CSS 2 spelling
                    if compounds[compounds.count - 1].isEmpty { compounds[compounds.count - 1].append(.universal) }
                case "not":
                    guard i < chars.count, chars[i] == "(", let close = chars[i...].firstIndex(of: ")") else { return nil }
                    guard let inner = CSSSelector(String(chars[(i + 1)..<close])), inner.compounds.count == 1,
                          inner.pseudoElement == nil else { return nil }
                    compounds[compounds.count - 1].append(.not(inner.compounds[0]))
                    i = close + 1
                default:
                    return nil
                }
            default:
                guard c.isLetter else { return nil }
                compounds[compounds.count - 1].append(.type(identifier().lowercased()))
            }
        }
        guard !compounds[compounds.count - 1].isEmpty, pending == nil || pseudoElement != nil else { return nil }
        self.compounds = compounds
        self.combinators = combinators
        self.pseudoElement = pseudoElement
    }

    /// Whether the selector (without its pseudo-element) matches element `index` of `tree`.
    func matches(_ index: Int, in tree: HTMLTree) -> Bool {
        matches(compound: compounds.count - 1, element: index, in: tree)
    }

    private func matches(compound: Int, element: Int, in tree: HTMLTree) -> Bool {
        guard compounds[compound].allSatisfy({ Self.matches($0, element, tree) }) else { return false }
        if compound == 0 { return true }
        switch combinators[compound - 1] {
        case .child:
            guard let parent = Self.parentElement(element, tree) else { return false }
            return matches(compound: compound - 1, element: parent, in: tree)
        case .descendant:
            var ancestor = Self.parentElement(element, tree)
            while let current = ancestor {
                if matches(compound: compound - 1, element: current, in: tree) { return true }
                ancestor = Self.parentElement(current, tree)
            }
            return false
        case .adjacent:
            guard let previous = Self.siblings(element, tree).previous.last else { return false }
            return matches(compound: compound - 1, element: previous, in: tree)
        case .sibling:
            return Self.siblings(element, tree).previous.contains { matches(compound: compound - 1, element: $0, in: tree) }
        }
    }

    private static func parentElement(_ index: Int, _ tree: HTMLTree) -> Int? {
        guard let parent = tree.nodes[index].parent, parent != 0 else { return nil }
        return parent
    }

    /// The element siblings before and after `index`.
    private static func siblings(_ index: Int, _ tree: HTMLTree) -> (previous: [Int], next: [Int]) {
        let all = tree.elementChildren(of: tree.nodes[index].parent ?? 0)
        let position = all.firstIndex(of: index)!
        return (Array(all[..<position]), Array(all[(position + 1)...]))
    }

    private static func matches(_ simple: Simple, _ index: Int, _ tree: HTMLTree) -> Bool {
        let node = tree.nodes[index]
        switch simple {
        case .universal: return true
        case let .type(name): return node.name == name
        case let .class(name):
            return node.attribute("class")?.split(whereSeparator: { $0.isWhitespace }).contains { $0 == name } ?? false
        case let .id(name): return node.attribute("id") == name
        case .firstChild: return siblings(index, tree).previous.isEmpty
        case .lastChild: return siblings(index, tree).next.isEmpty
        case .firstOfType: return !siblings(index, tree).previous.contains { tree.nodes[$0].name == node.name }
        case .lastOfType: return !siblings(index, tree).next.contains { tree.nodes[$0].name == node.name }
        case .empty:
            return node.children.allSatisfy {
                switch tree.nodes[$0].kind {
                case .element: false
                case let .text(text): text.isEmpty
                case .other: true
                }
            }
        case let .not(inner): return !inner.allSatisfy { matches($0, index, tree) }
        }
    }
}
