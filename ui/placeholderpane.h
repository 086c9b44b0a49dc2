#pragma once

#include "sectionpane.h"

#include <QIcon>

class QAction;
class QHBoxLayout;
class QLabel;
class QProgressBar;

// A calm empty state for a section that is not built yet, or for the central area while
// the window has nothing to show ("Starting sandbox…"): a large icon, a title and a line
// of text, optionally with a busy indicator. Always loaded.
//
//     auto *pane = new PlaceholderPane(sectionIcon(Section::Drafts), tr("Drafts"),
//                                      tr("Drafts arrive in a coming version."));
class PlaceholderPane final : public SectionPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPane)

public:
    explicit PlaceholderPane(const QIcon &icon, const QString &title, const QString &text,
                             QWidget *parent = nullptr);
    ~PlaceholderPane() override;

    QString title() const;
    QString text() const;

    void setIcon(const QIcon &icon);
    // Disabled (the default) draws the icon muted, as an empty state should; Normal keeps
    // its colours (the startup screen's app icon, a warning).
    void setIconMode(QIcon::Mode mode);
    void setTitle(const QString &title);
    void setText(const QString &text);
    // Shows an indeterminate progress bar under the text.
    void setBusy(bool busy);
    bool isBusy() const;
    // Buttons under the text, one per action (not owned), e.g. "Add your account…"; they
    // follow the actions' text and enabled state. Replaces the previous ones.
    void setButtonActions(const QList<QAction *> &actions);
    QList<QAction *> buttonActions() const { return m_actions; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QIcon m_icon;
    QIcon::Mode m_iconMode = QIcon::Disabled;
    QLabel *m_iconLabel;
    QLabel *m_titleLabel;
    QLabel *m_textLabel;
    QProgressBar *m_busy;
    QWidget *m_buttons;
    QHBoxLayout *m_buttonsLayout;
    QList<QAction *> m_actions;
};
