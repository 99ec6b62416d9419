#include "ConfigurationTree.h"

#include <QCoreApplication>
#include <QTreeWidget>

namespace spdc::ConfigurationTree {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConfigurationTree)
};


void addCharacteristic(QTreeWidgetItem *item, const Characteristic &characteristic)
{
    item->setText(0, characteristic.type);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    for (const Parm &parm : characteristic.parms) {
        auto *row = new QTreeWidgetItem(item);
        row->setText(0, parm.name);
        row->setData(0, ParmRole, true);
        if (characteristic.isSecret(parm)) {
            // The value is never put into the item: no view, filter or copy can reach it.
            row->setData(0, SecretRole, true);
            row->setText(1, Text::tr("(hidden: kept secret in your keychain)"));
            row->setToolTip(1, Text::tr("The token identifies this device to your operator."));
            QFont italic = row->font(1);
            italic.setItalic(true);
            row->setFont(1, italic);
        } else {
            row->setText(1, parm.value);
            // Long values (URLs, lists) do not fit the column.
            row->setToolTip(1, parm.value);
        }
    }
    for (const Characteristic &child : characteristic.children)
        addCharacteristic(new QTreeWidgetItem(item), child);
}

} // namespace

bool isCopyableValue(const QTreeWidgetItem *item)
{
    return item && item->data(0, ParmRole).toBool() && !item->data(0, SecretRole).toBool();
}

void fill(QTreeWidget *tree, const QList<Characteristic> &characteristics)
{
    tree->clear();
    for (const Characteristic &characteristic : characteristics)
        addCharacteristic(new QTreeWidgetItem(tree), characteristic);
    tree->expandAll();
    tree->resizeColumnToContents(0);
}

} // namespace spdc::ConfigurationTree
