/**
 * Files merchants upload (licences, letters, later logos, guides, data files): checked
 * against what they claim to be, stored where every instance can serve them, and handed
 * out only as attachments to those who may see them.
 */
package io.sellercenter.file;
