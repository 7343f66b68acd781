extension ServerState {
    /// Adds an account (the password hashed with the configured cost); false if the name is taken.
    public func addUser(_ user: User, password: String) async throws -> Bool {
        try database.addUser(user, passwordHash: await passwords.hash(password))
    }

    /// Sets a password and ends the account's sessions; false if there is no such account.
    public func setPassword(_ name: String, password: String) async throws -> Bool {
        try database.setPassword(name, passwordHash: await passwords.hash(password))
    }
}
