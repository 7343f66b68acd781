import CongTacMessages
import CongTacModel

extension Leader {
    /// How the leader page and the calendar name the leader: `đồng chí Nguyễn Văn Hoàn, Giám đốc
    /// Sở`, or the short name when the list gives no full name. The outputs are Vietnamese documents.
    public var displayName: String {
        Phrase.leaderName(short: short, name: name, title: title).vi
    }
}
