/* include/linux/elf.h — the parts of the ELF format the program loader
 * reads (kernel/binfmt_elf.c). */
#ifndef _LINUX_ELF_H
#define _LINUX_ELF_H

#include <linux/types.h>

#define EI_NIDENT	16
#define ELFCLASS32	1
#define ELFDATA2LSB	1
#define ET_EXEC		2
#define ET_DYN		3
#define EM_386		3
#define PT_LOAD		1
#define PT_DYNAMIC	2
#define PT_INTERP	3
#define PT_PHDR		6
#define PF_X		1
#define PF_W		2
#define PF_R		4

typedef struct {
	unsigned char e_ident[EI_NIDENT];
	u16 e_type, e_machine;
	u32 e_version, e_entry, e_phoff, e_shoff, e_flags;
	u16 e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
} Elf32_Ehdr;

typedef struct {
	u32 p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_flags, p_align;
} Elf32_Phdr;

struct mm_struct;

/* What the loader learned, for the auxiliary vector and the heap. */
struct elf_info {
	u32 entry;
	u32 phdr_addr;		/* AT_PHDR: where the program headers are in memory */
	u32 phnum;
	u32 end;		/* end of the highest segment: the heap starts here */
};

/* Returns NULL if the image is a static i386 executable we can run, or a
 * sentence saying why not. */
const char *elf_check(const void *image, size_t size, struct elf_info *info);
int load_elf_binary(struct mm_struct *mm, const void *image, size_t size, struct elf_info *info);

#endif
