#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QSslServer;

// A TLS server on loopback with the self-signed certificate in tests/data/tls (subject
// "CN=switchboard-test, O=Switchboard Tests", for 127.0.0.1 and localhost). Whoever gets
// through the handshake is answered 401 with a Twilio-shaped error, so a client that
// trusts the certificate (the account's extra CA file) sees "wrong credentials", and one
// that does not sees the TLS failure.
//
//     TlsTestServer tls;
//     QVERIFY(tls.start());
//     profile.baseUrl = tls.url();
//     profile.caFile = TlsTestServer::certificateFile();
class TlsTestServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsTestServer)

public:
    explicit TlsTestServer(QObject *parent = nullptr);
    ~TlsTestServer() override;

    bool start();
    QUrl url() const; // https://127.0.0.1:PORT
    int answered() const { return m_answered; }

    static QString certificateFile();
    static QString keyFile();

private:
    QSslServer *m_server;
    int m_answered = 0;
};
