#pragma once

namespace dbpulse::test {

/// \brief A TCP listener on 127.0.0.1 that accepts connections and never says a word: the
/// kernel completes the handshake, so only a client's own connect timeout ends its wait.
class SilentServer
{
public:
    SilentServer();
    ~SilentServer();
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;

    bool isListening() const { return m_port > 0; }
    int port() const { return m_port; }
    /// True once a client's connection is waiting in the queue (it is never accepted, never
    /// answered): the client is then inside its connect for sure. Does not wait.
    bool hasWaitingClient() const;

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace dbpulse::test
