import ArgumentParser

@main
struct CongTac: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "congtac", abstract: "Chương trình công tác")
}
