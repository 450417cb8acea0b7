/* Shared declarations for the host unit tests (tests/unit/test_*.c).
 * unit.mk renames lib/'s libc-named functions (memcpy, snprintf, ...) to
 * k_memcpy, k_snprintf, ... in the objects under test, so the kernel's own
 * copies are what we call here while cmocka and the tests use the host libc. */
#ifndef UNIT_H
#define UNIT_H

#include <stdarg.h>
#include <stddef.h>

/* lib/string.c */
void  *k_memcpy(void *dst, const void *src, size_t n);
void  *k_memmove(void *dst, const void *src, size_t n);
void  *k_memset(void *dst, int c, size_t n);
int    k_memcmp(const void *a, const void *b, size_t n);
size_t k_strlen(const char *s);
size_t k_strnlen(const char *s, size_t max);
int    k_strcmp(const char *a, const char *b);
int    k_strncmp(const char *a, const char *b, size_t n);
char  *k_strchr(const char *s, int c);
char  *k_strrchr(const char *s, int c);
char  *k_strcpy(char *dst, const char *src);
char  *k_strncpy(char *dst, const char *src, size_t n);

/* lib/vsprintf.c */
int k_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int k_snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* tests/unit/stubs.c: what the kernel's printk and panic last said. */
extern char unit_printk_buf[1024];
extern char unit_panic_buf[1024];
extern int unit_panic_count;

/* Where the real kernel/user binaries are (env UNIT_BUILD_DIR, default
 * "build"), relative to the directory the test runs in. */
const char *unit_build_dir(void);

#endif
