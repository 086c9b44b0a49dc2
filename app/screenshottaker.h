#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class Account;
class QWidget;
class SectionPane;

// --screenshot: waits until the given section pane has loaded and its account's connection
// state is known, then writes a PNG of the whole window. Gives up after a timeout. It never
// blocks: everything happens through signals and timers.
//
//     auto *taker = new ScreenshotTaker(window, u"shot.png"_s, 60000, this);
//     connect(taker, &ScreenshotTaker::finished, ...);   // (ok, message)
//     ...
//     taker->capture(window->currentPane(), window->currentAccount());
class ScreenshotTaker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTaker)

public:
    // The timeout runs from construction, so it covers starting the sandbox too.
    ScreenshotTaker(QWidget *window, const QString &fileName, int timeoutMs,
                    QObject *parent = nullptr);
    ~ScreenshotTaker() override;

    // Waits for the pane (and the account's first answer), then grabs the window.
    void capture(SectionPane *pane, Account *account);
    // Ends with failure (e.g. the sandbox did not start).
    void fail(const QString &message);

    bool isFinished() const { return m_finished; }

signals:
    // Exactly once: ok with the file written, or the reason it was not.
    void finished(bool ok, const QString &message);

private:
    void checkReady();
    void grab();
    void finish(bool ok, const QString &message);

    QPointer<QWidget> m_window;
    QString m_fileName;
    QPointer<SectionPane> m_pane;
    QPointer<Account> m_account;
    QTimer m_timeout;
    int m_timeoutMs;
    bool m_paneLoaded = false;
    bool m_grabScheduled = false;
    bool m_finished = false;
};
