#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>

#include <optional>

// One HTTP answer as it came over the wire.
struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool saysClose() const { return header("Connection").toLower() == "close"; }
    QJsonObject json() const;
};

// A client that writes exactly the bytes it is given over one TCP connection: the
// requests a client library would never send (a lying Content-Length, 101 headers, a
// megabyte of path). Waits spin the event loop, so an in-process server keeps serving.
//
//     RawHttpClient client(server.baseUrl());
//     QVERIFY(client.connectToServer());
//     client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
//     const auto answer = client.next();   // nullopt if none arrived in time
class RawHttpClient
{
public:
    explicit RawHttpClient(const QUrl &base);

    bool connectToServer(int timeoutMs = 15000);
    void send(const QByteArray &bytes);
    // The next whole answer (head and Content-Length body); nullopt on timeout or close.
    std::optional<RawResponse> next(int timeoutMs = 20000);
    // True once the server has closed the connection (within the time).
    bool waitForClose(int timeoutMs = 20000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // Everything received and not taken by next() yet.
    QByteArray pending() const { return m_buffer; }
    QTcpSocket &socket() { return m_socket; }

    // Parses one answer off the front of `buffer`; nullopt while it is incomplete.
    static std::optional<RawResponse> take(QByteArray *buffer);

private:
    QUrl m_base;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_closed = false;
};
