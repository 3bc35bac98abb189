package com.netfocus.contact.importing;

import com.netfocus.contact.contact.AddContact;

/** One person read from a file, and the line it starts on (1-based, as an editor shows it). */
record ImportRow(long line, AddContact contact) {
}
