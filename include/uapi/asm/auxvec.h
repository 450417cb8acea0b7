/* Auxiliary vector keys: the (key, value) pairs the kernel puts on the new
 * process's stack after envp, for the C runtime (page size, entry point,
 * 16 random bytes, ...).  Numbering is Linux's. */
#ifndef _UAPI_ASM_AUXVEC_H
#define _UAPI_ASM_AUXVEC_H

#define AT_NULL           0   /* end of the vector */
#define AT_IGNORE         1
#define AT_EXECFD         2
#define AT_PHDR           3   /* program headers of the executable */
#define AT_PHENT          4
#define AT_PHNUM          5
#define AT_PAGESZ         6
#define AT_BASE           7   /* interpreter load address */
#define AT_FLAGS          8
#define AT_ENTRY          9   /* program entry point */
#define AT_NOTELF        10
#define AT_UID           11
#define AT_EUID          12
#define AT_GID           13
#define AT_EGID          14
#define AT_PLATFORM      15   /* pointer to a string such as "i686" */
#define AT_HWCAP         16   /* CPUID feature bits */
#define AT_CLKTCK        17   /* times() ticks per second */
#define AT_SECURE        23   /* set-uid style exec: be careful */
#define AT_BASE_PLATFORM 24
#define AT_RANDOM        25   /* pointer to 16 random bytes */
#define AT_HWCAP2        26
#define AT_EXECFN        31   /* pointer to the exec'd file name */
#define AT_SYSINFO       32   /* i386: entry of the vsyscall page */
#define AT_SYSINFO_EHDR  33   /* vDSO ELF header */
#define AT_MINSIGSTKSZ   51

#endif
