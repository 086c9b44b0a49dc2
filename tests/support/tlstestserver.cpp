#include "tlstestserver.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

using namespace Qt::StringLiterals;

TlsTestServer::TlsTestServer(QObject *parent)
    : QObject(parent)
    , m_server(new QSslServer(this))
{
}

TlsTestServer::~TlsTestServer() = default;

QString TlsTestServer::certificateFile()
{
    return QStringLiteral(SWITCHBOARD_TEST_DATA) + u"/tls/cert.pem"_s;
}

QString TlsTestServer::keyFile()
{
    return QStringLiteral(SWITCHBOARD_TEST_DATA) + u"/tls/key.pem"_s;
}

bool TlsTestServer::start()
{
    QFile certFile(certificateFile());
    QFile keyFile(TlsTestServer::keyFile());
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks no client certificate
    m_server->setSslConfiguration(config);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                ++m_answered;
                const QByteArray body =
                    R"({"code": 20003, "message": "Authenticate", "status": 401})";
                socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n"
                              "Connection: close\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl TlsTestServer::url() const
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server->serverPort());
    return url;
}
