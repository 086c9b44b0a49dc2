#include "screenshottaker.h"

#include "api/account.h"
#include "sectionpane.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
// Lets views lay out and paint the rows that just arrived before the grab.
constexpr int settleMs = 300;
} // namespace

ScreenshotTaker::ScreenshotTaker(QWidget *window, const QString &fileName, int timeoutMs,
                                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_fileName(fileName)
    , m_timeoutMs(timeoutMs)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("Nothing to show after %n second(s): the section did not finish loading.",
                nullptr, m_timeoutMs / 1000));
    });
    m_timeout.start(timeoutMs);
}

ScreenshotTaker::~ScreenshotTaker() = default;

void ScreenshotTaker::capture(SectionPane *pane, Account *account)
{
    if (m_finished)
        return;
    if (!pane) {
        fail(tr("There is no section to show."));
        return;
    }
    m_pane = pane;
    m_account = account;
    m_paneLoaded = pane->isLoaded();
    connect(pane, &SectionPane::loadFinished, this, [this](bool ok, const QString &message) {
        if (!ok) {
            fail(message.isEmpty() ? tr("The section failed to load.")
                                   : tr("The section failed to load: %1").arg(message));
            return;
        }
        m_paneLoaded = true;
        checkReady();
    });
    if (account) {
        connect(account, &Account::connectionStateChanged, this, &ScreenshotTaker::checkReady);
    }
    checkReady();
}

void ScreenshotTaker::checkReady()
{
    if (m_finished || m_grabScheduled || !m_pane || !m_paneLoaded)
        return;
    if (m_account) {
        const Account::ConnectionState state = m_account->connectionState();
        if (state == Account::ConnectionState::Unknown
            || state == Account::ConnectionState::Connecting)
            return;
    }
    m_grabScheduled = true;
    QTimer::singleShot(settleMs, this, &ScreenshotTaker::grab);
}

void ScreenshotTaker::grab()
{
    if (m_finished)
        return;
    if (!m_window) {
        fail(tr("The window was closed before the screenshot."));
        return;
    }
    const QPixmap pixmap = m_window->grab();
    if (pixmap.isNull()) {
        fail(tr("Could not capture the window."));
        return;
    }
    QImageWriter writer(m_fileName, "png");
    if (!writer.write(pixmap.toImage())) {
        fail(tr("Could not write “%1”: %2")
                 .arg(QDir::toNativeSeparators(m_fileName), writer.errorString()));
        return;
    }
    finish(true, tr("Wrote %1 (%2 × %3 pixels).")
                     .arg(QDir::toNativeSeparators(QFileInfo(m_fileName).absoluteFilePath()))
                     .arg(pixmap.width())
                     .arg(pixmap.height()));
}

void ScreenshotTaker::fail(const QString &message)
{
    finish(false, message);
}

void ScreenshotTaker::finish(bool ok, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    emit finished(ok, message);
}
