/**
 * Web side of uploads: turning multipart parts into uploads the domain checks, and
 * serving stored files as attachments.
 */
package io.sellercenter.file;
