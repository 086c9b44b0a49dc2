#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QAction;
class QTreeWidget;

// Help ▸ Keyboard shortcuts: every shortcut of the window, its menus, the sections and the
// open documents, read from their actions (so the list cannot fall behind), in groups.
//
//     auto *dialog = new ShortcutsDialog(this);
//     dialog->addGroup(tr("File"), fileMenu->actions());
//     dialog->open();
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // The actions with a shortcut, as "what it does" and the keys; actions already listed
    // (in any group) are left out. A group with none is not shown.
    void addGroup(const QString &title, const QList<QAction *> &actions);
    // What the dialog lists: (group, action, keys) per row, for tests.
    QList<QStringList> rows() const;

    // "&Save Elsewhere…" -> "Save Elsewhere".
    static QString plainText(const QString &actionText);

private:
    QTreeWidget *m_tree;
    QList<QAction *> m_listed;
    QStringList m_seen; // "text\tkeys": the same action of two accounts' panes, once
};
