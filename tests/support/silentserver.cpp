#include "tests/support/silentserver.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace dbpulse::test {

SilentServer::SilentServer()
    : m_fd(::socket(AF_INET, SOCK_STREAM, 0))
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 && ::listen(m_fd, 4) == 0
        && ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        m_port = ntohs(addr.sin_port);
}

bool SilentServer::hasWaitingClient() const
{
    // A listening socket is readable while a connection waits to be accepted.
    pollfd p{m_fd, POLLIN, 0};
    return m_fd >= 0 && ::poll(&p, 1, 0) == 1 && (p.revents & POLLIN);
}

SilentServer::~SilentServer()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace dbpulse::test
