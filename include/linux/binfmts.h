/* include/linux/binfmts.h — starting a program (kernel/exec.c). */
#ifndef _LINUX_BINFMTS_H
#define _LINUX_BINFMTS_H

#include <linux/types.h>
#include <linux/elf.h>

#define MAX_ARG		32		/* argv words from a module command line */

/* Build the initial user stack (argc, argv, envp, auxv and the strings)
 * into buf, whose last byte will sit just below user address `top`.
 * Returns the user stack pointer, or 0 if it does not fit in `size`. */
unsigned long create_elf_tables(char *buf, size_t size, unsigned long top,
				int argc, char *const argv[], int envc, char *const envp[],
				const struct elf_info *info, const u8 random[16]);
int split_cmdline(char *cmdline, char *argv[], int max);
int exec_module(const void *image, size_t size, char *cmdline, bool first, unsigned int delay_ms);

#endif
