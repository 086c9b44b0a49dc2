#include "rawhttp.h"

#include <QJsonDocument>
#include <QTest>

QJsonObject RawResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RawHttpClient::RawHttpClient(const QUrl &base)
    : m_base(base)
{
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                     [this] { m_buffer += m_socket.readAll(); });
    QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] {
        if (m_socket.isOpen() && m_socket.bytesAvailable() > 0)
            m_buffer += m_socket.readAll();
        m_closed = true;
    });
    QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket,
                     [this](QAbstractSocket::SocketError error) {
                         if (error == QAbstractSocket::RemoteHostClosedError)
                             m_closed = true;
                     });
}

bool RawHttpClient::connectToServer(int timeoutMs)
{
    m_socket.connectToHost(m_base.host(), quint16(m_base.port()));
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                           timeoutMs);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

std::optional<RawResponse> RawHttpClient::take(QByteArray *buffer)
{
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    RawResponse r;
    r.head = buffer->left(end);
    const QList<QByteArray> lines = r.head.split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    r.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = r.header("Content-Length").toLongLong();
    if (buffer->size() < end + 4 + length)
        return std::nullopt;
    r.body = buffer->mid(end + 4, length);
    buffer->remove(0, end + 4 + length);
    return r;
}

std::optional<RawResponse> RawHttpClient::next(int timeoutMs)
{
    std::optional<RawResponse> answer;
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] {
        answer = take(&m_buffer);
        return answer.has_value() || m_closed;
    }, timeoutMs);
    if (!answer)
        answer = take(&m_buffer);
    return answer;
}

bool RawHttpClient::waitForClose(int timeoutMs)
{
    return QTest::qWaitFor([this] {
        return m_closed || m_socket.state() == QAbstractSocket::UnconnectedState;
    }, timeoutMs);
}
