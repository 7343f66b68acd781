import CLibXML2
import CongTacXML

/// What an XML part's reader is told, in document order. Names are local names: the importer
/// reads WordprocessingML and SpreadsheetML by their element names, whatever prefix a producer
/// chose.
protocol XMLEventSink: AnyObject {
    func start(_ name: String, attributes: [String: String])
    func end(_ name: String)
    func text(_ text: String)
}

/// A streaming parse of one package part with libxml2 (through `XMLPushParser`): the only place of
/// this target that sees its C API. Strict as `XMLCheck` is: no network, no entity expansion, no DTD loading, and a
/// DOCTYPE is refused before any content is reported, so entities never reach the sink.
enum XMLEvents {
    struct Problem: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
        /// The part declares a DOCTYPE (an entity bomb or an external entity, never an Office file).
        var isDoctype = false
    }

    private final class State {
        let sink: XMLEventSink
        var problem: Problem?
        init(sink: XMLEventSink) { self.sink = sink }
    }

    static func parse(_ xml: [UInt8], into sink: XMLEventSink) throws(Problem) {
        let state = State(sink: sink)
        let unmanaged = Unmanaged.passRetained(state)
        defer { unmanaged.release() }
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.serror = { userData, error in
            guard let userData, let error else { return }
            let state = Unmanaged<State>.fromOpaque(userData).takeUnretainedValue()
            guard state.problem == nil else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "error"
            state.problem = Problem(line: Int(error.pointee.line), column: Int(error.pointee.int2),
                                    message: message.split(separator: "\n").first.map(String.init) ?? message)
        }
        handler.internalSubset = { userData, _, _, _ in
            guard let userData else { return }
            let state = Unmanaged<State>.fromOpaque(userData).takeUnretainedValue()
            if state.problem == nil {
                state.problem = Problem(line: 1, column: 1, message: "DOCTYPE", isDoctype: true)
            }
        }
        handler.startElementNs = { userData, localName, _, _, _, _, attributeCount, _, attributes in
            guard let userData, let localName else { return }
            let state = Unmanaged<State>.fromOpaque(userData).takeUnretainedValue()
            guard state.problem == nil else { return }
            var values: [String: String] = [:]
            if let attributes, attributeCount > 0 {
                for index in 0..<Int(attributeCount) {
                    // Five pointers each: local name, prefix, URI, value start, value end.
                    guard let name = attributes[5 * index], let start = attributes[5 * index + 3],
                          let end = attributes[5 * index + 4] else { continue }
                    let buffer = UnsafeBufferPointer(start: start, count: end - start)
                    values[String(cString: name)] = String(decoding: buffer, as: UTF8.self)
                }
            }
            state.sink.start(String(cString: localName), attributes: values)
        }
        handler.endElementNs = { userData, localName, _, _ in
            guard let userData, let localName else { return }
            let state = Unmanaged<State>.fromOpaque(userData).takeUnretainedValue()
            guard state.problem == nil else { return }
            state.sink.end(String(cString: localName))
        }
        handler.characters = { userData, characters, length in
            guard let userData, let characters else { return }
            let state = Unmanaged<State>.fromOpaque(userData).takeUnretainedValue()
            guard state.problem == nil else { return }
            state.sink.text(String(decoding: UnsafeBufferPointer(start: characters, count: Int(length)), as: UTF8.self))
        }
        handler.getEntity = { _, _ in nil }
        guard let wellFormed = XMLPushParser.parse(xml, handler: &handler, userData: unmanaged.toOpaque(),
                                                   stop: { state.problem != nil }) else {
            throw Problem(line: 1, column: 1, message: "libxml2: out of memory")
        }
        if let problem = state.problem { throw problem }
        if !wellFormed { throw Problem(line: 1, column: 1, message: "not well-formed") }
    }
}
