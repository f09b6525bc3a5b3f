// Abbreviations that some gene also has as an alias: chemicals (ATP for ATP8A2, NAM for STAC3, NADPH for DECR1) and
// diseases (ALS for SOD1, HD for HTT, CF for CFTR, SMA for SMN1). In prose they name the chemical or the disease: a
// gene alias written exactly like one is never recognized. An approved symbol is (symbols win), and so is any term a
// profile declares.
export const CHEMICAL_ABBREVIATIONS: readonly string[] = [
  // nucleotides and cofactors
  'ATP', 'ADP', 'AMP', 'GTP', 'GDP', 'GMP', 'CTP', 'CDP', 'CMP', 'UTP', 'UDP', 'UMP', 'TTP', 'IMP', 'XMP', 'cAMP',
  'cGMP', 'NAD', 'NADH', 'NADP', 'NADPH', 'NAM', 'NMN', 'NR', 'NA', 'NAAD', 'NaMN', 'FAD', 'FADH2', 'FMN', 'CoA',
  'SAM', 'SAH', 'PPi', 'Pi', 'AICAR',
  // small molecules and signalling lipids
  'ROS', 'RNS', 'NO', 'CO2', 'H2O2', 'GSH', 'GSSG', 'GABA', 'ACh', 'DAG', 'IP3', 'PIP2', 'PIP3', 'PI', 'LPS', 'PGE2',
  'DHA', 'EPA', 'ALA', 'DHEA', 'LDL', 'HDL',
  // laboratory reagents
  'DMSO', 'EDTA', 'EGTA', 'PBS', 'DTT', 'PEG',
];

export const DISEASE_ABBREVIATIONS: readonly string[] = [
  'ALS', 'MS', 'AD', 'PD', 'HD', 'CF', 'SMA', 'DMD', 'T1D', 'T2D', 'CKD', 'CVD', 'CAD', 'MI', 'IBD', 'RA', 'SLE', 'AML',
  'ALL', 'CLL', 'CML', 'NSCLC', 'HCC', 'CRC', 'AIDS', 'HIV', 'COPD', 'ASD', 'ADHD', 'DM', 'HF', 'AF', 'PE', 'DVT',
  'FTD', 'NAFLD', 'NASH', 'PCOS',
];

/**
 * The amino acids' three-letter codes ("Arg", "Ser", "Gly"): in prose a residue, never a gene in another spelling
 * (geneVariants.ts). A table text written exactly so is left to the rules above.
 */
export const AMINO_ACIDS: readonly string[] = [
  'Ala', 'Arg', 'Asn', 'Asp', 'Cys', 'Gln', 'Glu', 'Gly', 'His', 'Ile', 'Leu', 'Lys', 'Met', 'Phe', 'Pro', 'Ser', 'Thr',
  'Trp', 'Tyr', 'Val', 'Sec', 'Pyl',
];
