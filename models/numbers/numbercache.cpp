#include "numbercache.h"

#include "validation/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <cstring>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNumberCache, "switchboard.numbers.cache")

namespace {
constexpr int RowsPerPage = 5000;
constexpr quint8 BlobVersion = 1;

// A little-endian writer and reader for the row blob: lengths as varints, texts as UTF-8.
void putVarint(QByteArray *out, quint64 v)
{
    while (v >= 0x80) {
        out->append(char(v | 0x80));
        v >>= 7;
    }
    out->append(char(v));
}

void putText(QByteArray *out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    putVarint(out, quint64(utf8.size()));
    out->append(utf8);
}

struct Reader
{
    QByteArrayView data;
    qsizetype at = 0;
    bool ok = true;

    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at >= data.size()) {
                ok = false;
                return 0;
            }
            const quint8 b = quint8(data[at++]);
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        ok = false;
        return 0;
    }
    QByteArrayView bytes()
    {
        const quint64 n = varint();
        if (!ok || n > quint64(data.size() - at)) {
            ok = false;
            return {};
        }
        const QByteArrayView v = data.sliced(at, qsizetype(n));
        at += qsizetype(n);
        return v;
    }
    qint64 int64() { return qint64(varint()); }
};

QString fromUtf8(QByteArrayView v)
{
    return QString::fromUtf8(v.data(), v.size());
}
} // namespace

QByteArray NumberCache::encode(const NumberRow &row, const QList<QString> &strings)
{
    QByteArray out;
    out.reserve(160);
    out.append(char(BlobVersion));
    putText(&out, row.sid);
    putText(&out, row.phoneNumber);
    putText(&out, row.friendlyName);
    putVarint(&out, quint64(row.created));
    putVarint(&out, quint64(row.updated));
    putVarint(&out, row.problems);
    out.append(char(row.capabilities));
    out.append(char(row.beta ? 1 : 0));
    putVarint(&out, quint64(NumberFieldCount));
    for (quint32 f : row.fields)
        putText(&out, f < quint32(strings.size()) ? strings.at(f) : QString());
    return out;
}

bool NumberCache::decode(QByteArrayView blob, NumberRow *row, PageStrings *strings)
{
    Reader r{blob};
    if (blob.isEmpty() || quint8(blob[0]) != BlobVersion)
        return false;
    r.at = 1;
    NumberRow out;
    out.sid = fromUtf8(r.bytes());
    out.phoneNumber = fromUtf8(r.bytes());
    out.friendlyName = fromUtf8(r.bytes());
    out.created = r.int64();
    out.updated = r.int64();
    out.problems = quint32(r.varint());
    if (r.at + 2 > blob.size())
        return false;
    out.capabilities = quint8(blob[r.at++]);
    out.beta = blob[r.at++] != 0;
    const quint64 fields = r.varint();
    if (!r.ok || fields != quint64(NumberFieldCount))
        return false;
    for (quint32 &f : out.fields)
        f = strings->intern(r.bytes());
    if (!r.ok || r.at != blob.size() || out.sid.isEmpty() || out.phoneNumber.isEmpty())
        return false;
    *row = std::move(out);
    return true;
}

// The cache's own thread: one connection, used there only.
struct NumberCache::Worker
{
    QString path;
    QString identity;
    QString connection = u"numbercache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool opened = false;

    // On the cache's thread, last: the connection is that thread's.
    void close()
    {
        if (opened)
            QSqlDatabase::database(connection, false).close();
        opened = false;
        if (QSqlDatabase::contains(connection))
            QSqlDatabase::removeDatabase(connection);
    }

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            qCWarning(lcNumberCache).noquote() << "cache statement failed:" << q.lastError().text();
            return false;
        }
        return true;
    }

    QString meta(const QString &key)
    {
        QSqlQuery q(db());
        q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    void dropFile(const QString &why)
    {
        qCInfo(lcNumberCache).noquote() << "numbers cache rebuilt from the server:" << why;
        if (opened)
            db().close();
        opened = false;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(path + suffix);
    }

    // Opens the file, rebuilding it when it cannot be trusted; false if none can be made.
    bool open()
    {
        if (opened)
            return true;
        for (int attempt = 0; attempt < 2; ++attempt) {
            QString why;
            if (!PrivateFiles::makeFolder(QFileInfo(path).absolutePath(), &why)
                || !PrivateFiles::prepareFile(path, &why)) {
                qCWarning(lcNumberCache).noquote() << "no numbers cache:" << why;
                return false;
            }
            QSqlDatabase d = QSqlDatabase::contains(connection) ? QSqlDatabase::database(connection, false)
                                                                : QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            d.setDatabaseName(path);
            if (!d.open()) {
                dropFile(d.lastError().text());
                continue;
            }
            opened = true;
            QSqlQuery check(d);
            const bool healthy = check.exec(u"PRAGMA quick_check"_s) && check.next()
                                 && check.value(0).toString() == u"ok";
            check.finish();
            if (!healthy) {
                dropFile(u"the file is damaged"_s);
                continue;
            }
            exec(u"PRAGMA journal_mode=WAL"_s);
            exec(u"PRAGMA synchronous=NORMAL"_s);
            const bool fresh = !d.tables().contains(u"meta"_s);
            if (fresh) {
                if (!exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s)
                    || !exec(u"CREATE TABLE numbers (sid TEXT PRIMARY KEY, date_updated INTEGER NOT NULL,"
                             u" row BLOB NOT NULL) WITHOUT ROWID"_s)) {
                    dropFile(u"the tables could not be made"_s);
                    continue;
                }
                QSqlQuery q(d);
                q.prepare(u"INSERT INTO meta (key, value) VALUES ('schema', ?), ('identity', ?)"_s);
                q.addBindValue(QString::number(SchemaVersion));
                q.addBindValue(identity);
                if (!q.exec()) {
                    dropFile(q.lastError().text());
                    continue;
                }
                return true;
            }
            if (meta(u"schema"_s) != QString::number(SchemaVersion)) {
                dropFile(u"it was written by another version"_s);
                continue;
            }
            if (meta(u"identity"_s) != identity) {
                dropFile(u"it holds another account's numbers"_s);
                continue;
            }
            return true;
        }
        return false;
    }

    QList<NumberPage> readAll(QDateTime *savedAt)
    {
        QList<NumberPage> pages;
        if (!open())
            return pages;
        *savedAt = QDateTime::fromString(meta(u"saved_at"_s), Qt::ISODateWithMs);
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT row FROM numbers"_s)) {
            dropFile(q.lastError().text());
            return {};
        }
        PageStrings strings;
        NumberPage page;
        int bad = 0;
        while (q.next()) {
            const QByteArray blob = q.value(0).toByteArray();
            NumberRow row;
            if (!NumberCache::decode(blob, &row, &strings)) {
                ++bad;
                continue;
            }
            page.rows.append(std::move(row));
            if (page.rows.size() >= RowsPerPage) {
                page.strings = strings.take();
                pages.append(std::move(page));
                page = {};
            }
        }
        if (bad > 0) {
            // Rows this version cannot read: nothing of this file is trusted.
            q.finish();
            dropFile(u"%1 rows could not be read"_s.arg(bad));
            return {};
        }
        if (!page.rows.isEmpty()) {
            page.strings = strings.take();
            pages.append(std::move(page));
        }
        return pages;
    }

    bool write(const QList<NumberRow> &rows, const QList<QString> &strings,
               const QStringList &removed, bool complete, QString *error)
    {
        if (!open()) {
            *error = u"the numbers cache could not be opened"_s;
            return false;
        }
        QSqlDatabase d = db();
        if (!d.transaction()) {
            *error = d.lastError().text();
            return false;
        }
        QSqlQuery put(d);
        put.prepare(u"INSERT OR REPLACE INTO numbers (sid, date_updated, row) VALUES (?, ?, ?)"_s);
        for (const NumberRow &row : rows) {
            put.bindValue(0, row.sid);
            put.bindValue(1, row.updated);
            put.bindValue(2, NumberCache::encode(row, strings));
            if (!put.exec()) {
                *error = put.lastError().text();
                d.rollback();
                return false;
            }
        }
        QSqlQuery drop(d);
        drop.prepare(u"DELETE FROM numbers WHERE sid = ?"_s);
        for (const QString &sid : removed) {
            drop.bindValue(0, sid);
            if (!drop.exec()) {
                *error = drop.lastError().text();
                d.rollback();
                return false;
            }
        }
        if (complete) {
            QSqlQuery when(d);
            when.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('saved_at', ?)"_s);
            when.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!when.exec()) {
                *error = when.lastError().text();
                d.rollback();
                return false;
            }
        }
        if (!d.commit()) {
            *error = d.lastError().text();
            return false;
        }
        return true;
    }
};

NumberCache::NumberCache(const QString &folder, const QString &accountKey, const QString &identity,
                         QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_thread(new QThread(this))
    , m_context(new QObject)
    , m_worker(std::make_shared<Worker>())
{
    // A key of any text (a profile id) gives a plain file name.
    const QByteArray hash = QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    m_path = QDir(folder).filePath(u"numbers-"_s + QString::fromLatin1(hash) + u".sqlite"_s);
    m_worker->path = m_path;
    m_worker->identity = identity;
    m_thread->setObjectName(u"numbers-cache"_s);
    m_context->moveToThread(m_thread);
    m_thread->start();
}

NumberCache::~NumberCache()
{
    // Whatever was asked is written first: the thread ends after the last task.
    auto worker = m_worker;
    QMetaObject::invokeMethod(m_context, [worker] {
        worker->close();
        QThread::currentThread()->quit();
    });
    m_thread->wait();
    delete m_context;
}

void NumberCache::load()
{
    QPointer<NumberCache> self(this);
    auto worker = m_worker;
    QMetaObject::invokeMethod(m_context, [self, worker] {
        QDateTime savedAt;
        const QList<NumberPage> pages = worker->readAll(&savedAt);
        QMetaObject::invokeMethod(self, [self, pages, savedAt] {
            if (self)
                emit self->loaded(pages, savedAt);
        }, Qt::QueuedConnection);
    });
}

void NumberCache::save(const QList<NumberRow> &rows, const QList<QString> &strings,
                       const QStringList &removed, bool complete)
{
    QPointer<NumberCache> self(this);
    auto worker = m_worker;
    QMetaObject::invokeMethod(m_context, [self, worker, rows, strings, removed, complete] {
        QString error;
        if (!worker->write(rows, strings, removed, complete, &error)) {
            qCWarning(lcNumberCache).noquote() << "numbers cache not written:" << error;
            QMetaObject::invokeMethod(self, [self, error] {
                if (self)
                    emit self->saveFailed(error);
            }, Qt::QueuedConnection);
        }
    });
}

bool NumberCache::waitForIdle(int timeoutMs)
{
    auto done = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(m_context, [done] { done->release(); });
    return done->tryAcquire(1, timeoutMs);
}
