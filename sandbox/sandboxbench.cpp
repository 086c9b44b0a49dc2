#include "sandboxbench.h"

#include "numbersapi.h"
#include "sandboxdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace SandboxBench {

namespace {

// next_page_uri of a page, or empty at the last. Searched from the end: the page's own
// fields come after its numbers, whose text has every quote escaped.
QString nextPageUri(const QByteArray &body)
{
    static const QByteArray key = "\"next_page_uri\":\"";
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0)
        return {};
    const qsizetype start = at + key.size();
    const qsizetype end = body.indexOf('"', start);
    return end < 0 ? QString() : QString::fromUtf8(body.mid(start, end - start));
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 countNumbers(const QByteArray &body)
{
    // Each number has one "phone_number" key; text cannot hold it unescaped.
    qint64 count = 0;
    for (qsizetype at = body.indexOf("\"phone_number\":"); at >= 0;
         at = body.indexOf("\"phone_number\":", at + 1))
        ++count;
    return count;
}

double statusMiB(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

double PageTimes::median() const
{
    if (ms.isEmpty())
        return 0;
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype mid = sorted.size() / 2;
    return sorted.size() % 2 ? sorted.at(mid) : (sorted.at(mid - 1) + sorted.at(mid)) / 2;
}

double PageTimes::total() const
{
    return std::accumulate(ms.begin(), ms.end(), 0.0);
}

PageTimes handlerPages(const QString &dataDir, Family family, int pageSize, bool reference,
                       int maxPages)
{
    PageTimes times;
    SandboxDatabase database;
    if (!database.open(QDir(dataDir).filePath(u"sandbox.sqlite"_s), &times.error))
        return times;
    const QString twilio = database.meta(u"twilio.account_sid"_s);
    const QString signalwire = database.meta(u"signalwire.project_id"_s);
    {
        NumbersApi api(database, twilio, signalwire, database.meta(u"twilio.subaccount_sid"_s));
        const bool sw = family == Family::SignalWire;
        HttpCall call;
        call.method = u"GET"_s;
        call.family = family;
        call.accountId = sw ? signalwire : twilio;
        call.accountPrefix = (sw ? u"/api/laml/2010-04-01/Accounts/"_s : u"/2010-04-01/Accounts/"_s)
                             + call.accountId;
        call.path = call.accountPrefix + u"/IncomingPhoneNumbers.json"_s;
        call.query.addQueryItem(u"PageSize"_s, QString::number(pageSize));
        while (maxPages == 0 || times.ms.size() < maxPages) {
            QElapsedTimer timer;
            timer.start();
            const HttpReply reply = reference ? api.referenceList(call, {}) : api.list(call, {});
            times.ms.append(milliseconds(timer));
            if (reply.status != 200) {
                times.error = u"HTTP %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body));
                break;
            }
            times.bytes += reply.body.size();
            times.numbers += countNumbers(reply.body);
            const QUrl next(nextPageUri(reply.body));
            if (next.isEmpty())
                break;
            QString query = next.query(QUrl::FullyEncoded);
            query.replace(u'+', u"%20"_s); // as the HTTP layer reads a query
            call.query = QUrlQuery(query);
        }
    }
    database.close();
    return times;
}

PageTimes httpPages(const QUrl &baseUrl, const QString &user, const QString &secret,
                    const QString &path, int pageSize, int requests)
{
    PageTimes times;
    QTcpSocket socket;
    socket.connectToHost(baseUrl.host(), quint16(baseUrl.port()));
    if (!socket.waitForConnected(10000)) {
        times.error = socket.errorString();
        return times;
    }
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QByteArray head = "Host: " + baseUrl.authority().toUtf8() + "\r\nAuthorization: Basic "
                            + (user + u':' + secret).toUtf8().toBase64() + "\r\n\r\n";
    const QString first = path + u"?PageSize="_s + QString::number(pageSize);
    QString target = first;
    QByteArray buffer;
    while (requests == 0 || times.ms.size() < requests) {
        QElapsedTimer timer;
        timer.start();
        socket.write("GET " + target.toUtf8() + " HTTP/1.1\r\n" + head);
        qsizetype bodyStart = -1;
        qsizetype length = -1;
        int status = 0;
        while (bodyStart < 0 || buffer.size() < bodyStart + length) {
            if (!socket.waitForReadyRead(30000)) {
                times.error = u"no answer: %1"_s.arg(socket.errorString());
                return times;
            }
            buffer += socket.readAll();
            if (bodyStart < 0) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    continue;
                bodyStart = end + 4;
                status = buffer.mid(9, 3).toInt(); // "HTTP/1.1 200 OK"
                const QList<QByteArray> lines = buffer.left(end).split('\n');
                for (const QByteArray &line : lines) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (length < 0) {
                    times.error = u"an answer without Content-Length"_s;
                    return times;
                }
            }
        }
        times.ms.append(milliseconds(timer));
        const QByteArray body = buffer.mid(bodyStart, length);
        buffer.remove(0, bodyStart + length);
        if (status != 200) {
            times.error = QString::fromUtf8(body.left(200));
            return times;
        }
        times.bytes += body.size();
        times.numbers += countNumbers(body);
        const QString next = nextPageUri(body);
        if (next.isEmpty() && requests == 0)
            break;
        target = next.isEmpty() ? first : next;
    }
    return times;
}

double residentMiB()
{
    return statusMiB("VmRSS:");
}

double peakResidentMiB()
{
    return statusMiB("VmHWM:");
}

} // namespace SandboxBench
