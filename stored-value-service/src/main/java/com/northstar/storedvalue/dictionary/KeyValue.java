package com.northstar.storedvalue.dictionary;

/** One entry of a seed dictionary: the code a field carries and its label. */
record KeyValue(int key, String value) {
}
