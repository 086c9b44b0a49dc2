#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree->setObjectName(u"shortcutList"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(520, 560);
}

QString ShortcutsDialog::plainText(const QString &actionText)
{
    QString text;
    for (qsizetype i = 0; i < actionText.size(); ++i) {
        if (actionText.at(i) == u'&' && i + 1 < actionText.size()) {
            ++i; // "&&" is a literal "&"; "&x" is a mnemonic
            if (actionText.at(i) != u'&') {
                text += actionText.at(i);
                continue;
            }
        }
        text += actionText.at(i);
    }
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

void ShortcutsDialog::addGroup(const QString &title, const QList<QAction *> &actions)
{
    QTreeWidgetItem *group = nullptr;
    for (QAction *action : actions) {
        if (!action || action->isSeparator() || action->shortcuts().isEmpty()
            || m_listed.contains(action) || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const QString text = plainText(action->text());
        const QString seen = text + u'\t' + keys.join(u'\t');
        if (m_seen.contains(seen))
            continue;
        m_seen.append(seen);
        m_listed.append(action);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {title});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        auto *row = new QTreeWidgetItem(group, {text, keys.join(tr(", "))});
        row->setToolTip(0, action->toolTip());
    }
    m_tree->expandAll();
}

QList<QStringList> ShortcutsDialog::rows() const
{
    QList<QStringList> result;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r)
            result.append({group->text(0), group->child(r)->text(0), group->child(r)->text(1)});
    }
    return result;
}
