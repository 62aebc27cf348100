package com.northstar.asset.binding;

/** Answer of the migration bind: the binding's id, as {@code asset.binding-changed} and 2.2.16 carry it. */
record MigratedBinding(String bindingId) {
}
